#!/usr/bin/env python3
"""Writes the sample workshop of CRM Strategy Workbench.

The sample is a fictional company, Quillmere Office Supply, a regional business-to-business
distributor of office supplies. The script writes two files:

  resources/samples/quillmere.json
      The assessment in the "crm-workbench-assessment" JSON format (version 6): two yearly
      cycles, "2025" (assessed 2025-11-15) and "2026" (assessed 2026-11-16, copied from 2025;
      every carried-over item points back to its 2025 original through "origin_id"). Every
      one of the ten steps is filled in. Field keys follow the field descriptors in
      src/engine/model/descriptors_steps.cpp and descriptors_later_steps.cpp. The 2026 cycle
      also carries the deliverables (descriptors_deliverables.cpp): tracked actions, the
      facilitator's narrative for four report sections, the report cover with the logo
      resources/samples/quillmere-logo.png, and the sign-off block; and the workshop room
      (descriptors_workshop.cpp, descriptors_reset.cpp): participants whose ratings disagree
      on two building blocks, the values agreed with reasons, evidence, a metric marked not
      applicable, a parking lot and the meetings scheduled until the next reset.

  resources/samples/quillmere-transactions.csv
      About five thousand order lines of the company's customers from 2024-01-01 to
      2026-10-31, columns customer_id,date,order_id,quantity,amount,cost,segment.
      Customer sizes follow a Pareto shape (a few big accounts carry most revenue), about 3%
      of lines are returns (negative quantity, amount and cost, order id "CN-..."), a few
      customers cost more than they bring in, and the segment names are those of the 2026
      cycle.

How to run (Python 3.9 or newer, standard library only):

    python3 scripts/make_sample.py            # writes both files
    python3 scripts/make_sample.py --check    # only verifies the files on disk are up to date

The output is deterministic: the random generator is seeded with random.Random(20251115)
and nothing depends on the clock or the machine, so every run writes the same bytes.
Before writing, a self-check verifies every item: all field keys present and no others,
value types, choice keys, rating ranges, required fields, ids unique in the document,
references resolving inside their own cycle, origin ids pointing at the previous cycle,
milestones due no later than their owner's target date, and CSV segments matching the
sample's segments. When the C++ descriptor sources are present, their field keys are
compared with the ones used here. Any failure stops the script with exit code 1.
"""

from __future__ import annotations

import argparse
import base64
import csv
import datetime as dt
import io
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "samples"
JSON_PATH = OUT_DIR / "quillmere.json"
CSV_PATH = OUT_DIR / "quillmere-transactions.csv"
# The customer analysis fits its models on the lines up to this day and checks their
# predictions on the six months after it (the CSV ends 2026-10-31).
CALIBRATION_END = "2026-04-30"
SEED = 20251115

# ---------------------------------------------------------------------------------------------
# The schema: field keys per list, in descriptor order, mirroring src/engine/model/descriptors*.
# Types: text, long (long text), int, rating (1..5), rating10 (1..10), real, money, date,
# choice:<name>, ref:<kind[|kind]>, refs:<kind>.
# ---------------------------------------------------------------------------------------------

CHOICES = {
    "department": ["sales", "service", "marketing", "other"],
    "direction": ["higher_is_better", "lower_is_better"],
    "source_kind": ["focus_group", "survey", "feedback_system", "frontline_interviews",
                    "partner_interviews", "other"],
    "voice": ["customers", "partners", "frontline"],
    "objective_kind": ["acquisition", "development", "retention"],
    "level": ["strategy", "tactic"],
    "measure_kind": ["objective", "subjective"],
    "perspective": ["external", "internal"],
    "cadence": ["weekly", "monthly", "quarterly", "yearly"],
    "group": ["building_block", "readiness"],
    "category": ["people", "process", "technology"],
}

SINGLETONS = {
    "statement": [("business_model", "long", False), ("customer_definition", "long", False),
                  ("value_proposition", "long", False)],
    "relationship": [
        ("promoters", "int", False), ("passives", "int", False), ("detractors", "int", False),
        ("csat_satisfied", "int", False), ("csat_responses", "int", False),
        ("one_time_share_pct", "real", False), ("repeat_share_pct", "real", False),
        ("advanced_share_pct", "real", False), ("customer_focus_rating", "rating", False),
        ("self_rated_experience", "rating10", False),
        ("customer_rated_experience", "rating10", False), ("notes", "long", False)],
}

# jsonKey -> (kind, id prefix, fields)
LISTS = {
    "objectives": ("objective", "obj", [
        ("name", "text", True), ("target", "text", False), ("target_value", "real", False),
        ("unit", "text", False), ("horizon", "date", False)]),
    "priorities": ("priority", "pri", [("text", "text", True)]),
    "metrics": ("metric", "met", [
        ("department", "choice:department", True), ("name", "text", True),
        ("catalog_key", "text", False), ("unit", "text", False),
        ("direction", "choice:direction", True), ("baseline", "real", False),
        ("baseline_date", "date", False), ("source", "text", False), ("owner", "text", False)]),
    "input_sources": ("source", "src", [
        ("kind", "choice:source_kind", True), ("voice", "choice:voice", True),
        ("description", "text", True), ("held_on", "date", False), ("sample_size", "int", False)]),
    "pain_points": ("pain", "pain", [
        ("description", "text", True), ("source_id", "ref:source", False),
        ("voice", "choice:voice", True), ("segment_ids", "refs:segment", False),
        ("severity", "rating", False), ("frequency", "rating", False), ("reach", "rating", False)]),
    "attributes": ("attribute", "att", [
        ("attribute", "text", True), ("catalog_key", "text", False),
        ("segment_id", "ref:segment", False), ("importance", "rating", False),
        ("performance", "rating", False)]),
    "segments": ("segment", "seg", [
        ("name", "text", True), ("description", "long", False), ("customers", "int", False),
        ("revenue", "money", False), ("margin_pct", "real", False), ("growth_pct", "real", False),
        ("strategic_fit", "rating", False), ("customer_value", "money", False)]),
    "segment_objectives": ("segment_objective", "so", [
        ("segment_id", "ref:segment", True), ("kind", "choice:objective_kind", True),
        ("description", "text", True), ("measure", "text", False), ("unit", "text", False),
        ("direction", "choice:direction", True), ("baseline", "real", False),
        ("target", "real", False), ("target_date", "date", False)]),
    "milestones": ("milestone", "ms", [
        ("owner_id", "ref:segment_objective|kpi", True), ("due", "date", False),
        ("target", "real", False), ("actual", "real", False), ("note", "text", False)]),
    "treatments": ("treatment", "trt", [
        ("segment_id", "ref:segment", True), ("intended_experience", "long", False),
        ("products", "long", False), ("pricing", "long", False),
        ("communications", "long", False), ("service", "long", False),
        ("addressed_pain_ids", "refs:pain", False)]),
    "kpis": ("kpi", "kpi", [
        ("name", "text", True), ("metric_id", "ref:metric", False),
        ("level", "choice:level", True), ("kind", "choice:measure_kind", True),
        ("perspective", "choice:perspective", True), ("unit", "text", False),
        ("direction", "choice:direction", True), ("baseline", "real", False),
        ("baseline_date", "date", False), ("target", "real", False),
        ("target_date", "date", False), ("current", "real", False),
        ("measured_on", "date", False), ("owner", "text", False),
        ("cadence", "choice:cadence", True)]),
    "alignment": ("alignment", "aln", [
        ("kpi_id", "ref:kpi", True), ("objective_id", "ref:objective", True)]),
    "capabilities": ("capability", "cap", [
        ("area_key", "text", True), ("name", "text", True), ("area_group", "choice:group", True),
        ("current", "rating", False), ("target", "rating", False),
        ("importance", "rating", False), ("notes", "text", False)]),
    "resources": ("resource", "res", [
        ("category", "choice:category", True), ("description", "text", True),
        ("initial_cost", "money", False), ("ongoing_cost_per_year", "money", False),
        ("owner", "text", False)]),
    "learning_methods": ("learning", "lrn", [
        ("what_to_learn", "text", True), ("source", "text", False),
        ("refresh", "choice:cadence", True), ("retire_when", "text", False),
        ("owner", "text", False)]),
    "goal_plans": ("goal_plan", "gp", [
        ("objective_id", "ref:objective", True), ("work_plan", "text", False),
        ("owner", "text", False), ("compensation_link", "text", False),
        ("review_date", "date", False)]),
}
LIST_ORDER = list(LISTS)
CYCLE_KEYS = ["statement", "objectives", "priorities", "metrics", "input_sources", "pain_points",
              "relationship"] + LIST_ORDER[LIST_ORDER.index("attributes"):]


# Written by add_deliverables(), checked by the program's own JSON import (crmw import-json).
DELIVERABLE_KEYS = ["actions", "cover", "narratives", "sign_off"]
# Written by add_workshop_clock(): the agenda and the time kept per step (JSON version 4).
WORKSHOP_CLOCK_KEYS = ["agenda", "step_times"]
# Written by add_workshop_room(): who was in the room, their ratings, what the room agreed,
# evidence, items marked not applicable, the parking lot and the meetings until the next reset.
WORKSHOP_ROOM_KEYS = ["participants", "ratings", "consensus", "evidence", "exclusions",
                     "parking_lot", "schedule"]


def fields_of(list_key):
    return LISTS[list_key][2]


def default_for(ftype):
    if ftype in ("text", "long") or ftype.startswith("ref:"):
        return ""
    if ftype.startswith("refs:"):
        return []
    if ftype.startswith("choice:"):
        raise ValueError("choice fields have no default; give a value")
    return None


def normalise(ftype, value):
    """Brings a Python value into its JSON shape (reals as floats, money as canonical strings)."""
    if value is None:
        return None
    if ftype == "real":
        return float(value)
    if ftype == "money":
        return money(value)
    if ftype.startswith("refs:"):
        return list(value)
    return value


def money(value):
    """Canonical decimal string, the way the engine's formatMoney writes it: '1250000.5'."""
    if isinstance(value, str):
        value = float(value) if "." in value else int(value)
    thousandths = round(value * 1000)
    sign = "-" if thousandths < 0 else ""
    whole, frac = divmod(abs(thousandths), 1000)
    text = str(whole)
    if frac:
        text += "." + f"{frac:03d}".rstrip("0")
    return sign + text


# ---------------------------------------------------------------------------------------------
# Building items.
# ---------------------------------------------------------------------------------------------

class Cycle:
    def __init__(self, cid, name, assessment_date, previous=""):
        self.id, self.name, self.assessment_date, self.previous = cid, name, assessment_date, previous
        self.statement = {}
        self.relationship = {}
        self.lists = {key: [] for key in LIST_ORDER}

    def add(self, list_key, item_id, origin_id="", **values):
        item = {"id": item_id, "origin_id": origin_id}
        known = {k for k, _, _ in fields_of(list_key)}
        unknown = set(values) - known
        if unknown:
            raise KeyError(f"{list_key} {item_id}: unknown fields {sorted(unknown)}")
        for key, ftype, _ in fields_of(list_key):
            item[key] = normalise(ftype, values[key]) if key in values else default_for(ftype)
        self.lists[list_key].append(item)
        return item

    def find(self, list_key, item_id):
        for item in self.lists[list_key]:
            if item["id"] == item_id:
                return item
        raise KeyError(item_id)

    def to_json(self):
        out = {"id": self.id, "name": self.name, "assessment_date": self.assessment_date,
               "previous_cycle": self.previous}
        relationship = {key: normalise(ftype, self.relationship.get(key, default_for(ftype)))
                        for key, ftype, _ in SINGLETONS["relationship"]}
        # Wizard order, as documented in docs/file-format.md.
        for key in CYCLE_KEYS:
            if key == "statement":
                out[key] = {k: self.statement.get(k, "") for k, _, _ in SINGLETONS["statement"]}
            elif key == "relationship":
                out[key] = relationship
            else:
                out[key] = self.lists[key]
        return out


class Carrier:
    """Copies items from last year's cycle into this year's, giving new ids and remapping refs."""

    def __init__(self, old, new, offset=100, milestone_offset=1000):
        self.old, self.new = old, new
        self.offset, self.milestone_offset = offset, milestone_offset
        self.mapping = {}   # old id -> new id
        self.dropped = set()

    def new_id(self, old_id):
        prefix, number = old_id.rsplit("-", 1)
        bump = self.milestone_offset if prefix == "ms" else self.offset
        return f"{prefix}-{int(number) + bump}"

    def drop(self, *old_ids):
        self.dropped.update(old_ids)

    def remap(self, old_id):
        if old_id == "":
            return ""
        if old_id not in self.mapping:
            raise KeyError(f"reference to {old_id}, which was not carried over (yet)")
        return self.mapping[old_id]

    def carry(self, list_key, old_id, **changes):
        src = self.old.find(list_key, old_id)
        values = {}
        for key, ftype, _ in fields_of(list_key):
            if key in changes:
                continue
            value = src[key]
            if ftype.startswith("ref:"):
                value = self.remap(value)
            elif ftype.startswith("refs:"):
                value = [self.remap(v) for v in value if v not in self.dropped]
            values[key] = value
        values.update(changes)
        nid = self.new_id(old_id)
        self.mapping[old_id] = nid
        return self.new.add(list_key, nid, origin_id=old_id, **values)

    def carry_all(self, list_key, changes=None):
        changes = changes or {}
        for item in list(self.old.lists[list_key]):
            if item["id"] in self.dropped:
                continue
            self.carry(list_key, item["id"], **changes.get(item["id"], {}))


QUARTERS = ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31", "2026-06-30",
            "2026-09-30", "2026-12-31", "2027-03-31", "2027-06-30", "2027-09-30", "2027-12-31"]
CUTOFF = {"cyc-2025": "2025-09-30", "cyc-2026": "2026-09-30"}  # last quarter with actuals

# ---------------------------------------------------------------------------------------------
# Cycle 2025: the first full ten-step workshop, held on 2025-11-15.
# ---------------------------------------------------------------------------------------------

# Milestone plans shared by both cycles: owner -> list of (due, target, actual, note).
# Actuals are history, so they are the same in both cycles; a cycle shows an actual only for
# quarters that had ended by its cut-off.
SO_PLANS = {
    "so-1": ([87.1, 88.3, 89.4, 90.5, 91.6, 92.8, 93.9, 95.0],
             [87.0, 88.0, 88.0, 91.0, 91.5, 93.0, 93.5],
             {"2025-09-30": "Two renewals lost on price to a national chain.",
              "2025-12-31": "Renewal calls now start 120 days before expiry."}),
    "so-2": ([18.8, 19.5, 20.3, 21.0, 21.8, 22.5, 23.3, 24.0],
             [18.2, 18.9, 19.1, 19.4, 19.8, 20.1, 20.5],
             {"2026-06-30": "Furniture bundles offered at business reviews; uptake slow."}),
    "so-3": ([3.0, 3.0, 4.0, 4.0, 4.0, 4.0, 5.0],
             [3.0, 3.0, 4.0, 4.0, 4.0, 5.0, 5.0],
             {"2025-09-30": "Added to the regional schools framework.",
              "2026-06-30": "Council and health-trust framework awarded early."}),
    "so-4": ([10.5, 10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0],
             [10.8, 10.1, 10.6, 9.9, 9.2, 8.9, 8.6],
             {"2025-09-30": "Summer break: three academies moved to a competitor."}),
    "so-5": ([23.0, 45.0, 68.0, 90.0, 113.0, 135.0, 158.0, 180.0],
             [19.0, 41.0, 60.0, 84.0, 101.0, 124.0, 142.0],
             {"2026-03-31": "Onboarding e-mails for new accounts started in February."}),
    "so-6": ([44.0, 47.0, 50.0, 53.0, 56.0, 59.0, 62.0, 65.0],
             [43.0, 46.0, 48.0, 53.0, 58.0, 62.0, 64.0],
             {"2026-03-31": "Contract prices and live stock shown in the webshop from March."}),
    "so-7": ([13.4, 12.8, 12.1, 11.5, 10.9, 10.3, 9.6, 9.0],
             [13.6, 13.1, 12.9, 12.2, 11.6, 11.0, 10.7], {}),
    "so-8": ([101.0, 106.0, 110.0, 115.0, 120.0, 125.0],
             [98.0, 99.0, 103.0, 104.0, 106.0, 107.0],
             {"2025-09-30": "Lower free-delivery threshold announced, not yet live.",
              "2026-06-30": "Bundles sell, but most small offices still order single items."}),
    "so-9": ([48.9, 49.8, 50.6, 51.5, 52.4, 53.3, 54.1, 55.0],
             [49.0, 49.5, 50.1, 50.3, 50.8, 51.0, 51.2], {}),
}
KPI_PLANS = {
    "kpi-3": (["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31",
               "2026-06-30", "2026-09-30", "2026-12-31"],
              [12.5, 12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0],
              [12.9, 12.6, 12.4, 12.0, 11.4, 11.1, 10.8], {}),
    "kpi-4": (["2026-03-31", "2026-09-30", "2027-03-31", "2027-06-30"],
              [23.0, 27.0, 32.0, 35.0],
              [21.0, 25.2], {"2026-03-31": "Quarterly pulse survey, 140 answers.",
                             "2026-09-30": "Annual survey, 417 answers."}),
    "kpi-8": (["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31",
               "2026-06-30", "2026-09-30", "2026-12-31"],
              [46.0, 48.0, 50.0, 52.0, 54.0, 56.0, 58.0, 60.0],
              [45.0, 47.0, 49.0, 51.0, 56.0, 59.0, 61.0], {}),
}


def add_milestones(cycle, owner, dues, targets, actuals, notes, start_number, cutoff,
                   origin_of=None, target_override=None):
    """Adds one milestone per due date; returns the next free milestone number."""
    number = start_number
    for i, due in enumerate(dues):
        actual = actuals[i] if i < len(actuals) and due <= cutoff else None
        target = (target_override or {}).get(due, targets[i])
        mid = f"ms-{number}"
        origin = (origin_of or {}).get(due, "")
        cycle.add("milestones", mid, origin_id=origin, owner_id=owner, due=due, target=target,
                  actual=actual, note=notes.get(due, "") if due <= cutoff else "")
        number += 1
    return number


def build_2025():
    c = Cycle("cyc-2025", "2025", "2025-11-15")
    c.statement = {
        "business_model": (
            "Quillmere buys paper, office consumables, breakroom and cleaning supplies and office "
            "furniture in volume from about 140 manufacturers, and resells them to organisations "
            "within roughly 150 km of its two warehouses. Most revenue comes from contract "
            "customers who re-order every week or month at agreed prices. Our margin is the gap "
            "between our volume purchase price and the contract or list price, less the cost of "
            "picking and delivering with our own vans. Furniture fit-outs and print consumables "
            "earn the best margins; small one-off orders barely cover their delivery."),
        "customer_definition": (
            "The customer is the organisation that holds an account and pays our invoices: "
            "companies, schools, councils and clinics in the region. Day to day we serve the "
            "person who orders on its behalf (office manager, school business manager, "
            "procurement officer). Staff who use the supplies influence choices but are not the "
            "customer. We do not sell to private consumers."),
        "value_proposition": (
            "Everything an office needs from one local supplier: ordered in minutes, delivered "
            "complete the next working day by our own drivers, invoiced at the price you agreed, "
            "with a named person who knows your account."),
    }

    objectives = [
        ("obj-1", "Grow revenue", "Revenue of EUR 41.0 M in financial year 2026 (+8% on 2024)", 41.0,
         "M revenue", "2026-12-31"),
        ("obj-2", "Improve gross margin", "Gross margin of 25.5% (from 23.8%)", 25.5, "%",
         "2026-12-31"),
        ("obj-3", "Keep more customers", "Annual account churn below 9% (from 13%)", 9.0,
         "% churn", "2026-12-31"),
        ("obj-4", "Lower the cost to serve", "Cost per order of EUR 11.50 (from 14.20)", 11.5,
         "EUR per order", "2026-06-30"),
        ("obj-5", "Shift routine ordering online", "60% of orders through webshop or EDI (from 44%)",
         60.0, "% of orders", "2026-12-31"),
        ("obj-6", "Be the supplier customers recommend", "Net Promoter Score of +35 (from +19)", 35.0,
         "NPS points", "2027-06-30"),
    ]
    for oid, name, target, value, unit, horizon in objectives:
        c.add("objectives", oid, name=name, target=target, target_value=value, unit=unit,
              horizon=horizon)

    priorities = [
        "Make the contract price the only price a customer sees: in the webshop, on quotes and "
        "on invoices.",
        "Deliver complete orders the next day; split a delivery only when the customer agrees.",
        "Give every account buying more than 20,000 EUR a year a named account manager.",
        "Move routine re-ordering to the webshop and EDI so staff time goes into advice.",
        "Sell more furniture and breakroom supplies to accounts we already have.",
    ]
    for i, text in enumerate(priorities, 1):
        c.add("priorities", f"pri-{i}", text=text)

    metrics = [
        ("sales", "Quote close rate", "close_rate", "%", "higher_is_better", 31.0, "2025-09-30",
         "CRM opportunity report", "Head of Sales"),
        ("sales", "Furniture project sales cycle", "sales_cycle_length", "days", "lower_is_better",
         38.0, "2025-09-30", "CRM opportunity report", "Head of Sales"),
        ("sales", "Average order value", "average_price", "EUR per order", "higher_is_better", 186.0,
         "2025-09-30", "ERP sales ledger", "Commercial Director"),
        ("sales", "Cost of sales", "cost_of_sales", "% of revenue", "lower_is_better", 7.8,
         "2024-12-31", "Management accounts", "Finance Director"),
        ("sales", "Forecast accuracy", "forecast_accuracy", "%", "higher_is_better", 82.0,
         "2025-09-30", "Monthly forecast against sales ledger", "Head of Sales"),
        ("sales", "Contract renewal rate", "retention_rate", "%", "higher_is_better", 86.0,
         "2024-12-31", "Contract register", "Head of Sales"),
        ("service", "On-time delivery", "on_time_delivery", "%", "higher_is_better", 93.5,
         "2025-09-30", "Route planning system", "Logistics Manager"),
        ("service", "Order fill rate at first delivery", "order_fill_rate", "%",
         "higher_is_better", 95.8, "2025-09-30", "Warehouse system", "Warehouse Manager"),
        ("service", "Service tickets closed within promise", "service_performance", "%",
         "higher_is_better", 84.0, "2025-09-30", "Ticket system", "Customer Service Manager"),
        ("service", "Care-desk rating after calls", "care_performance", "score 1-5",
         "higher_is_better", 3.9, "2025-09-30", "Post-call survey", "Customer Service Manager"),
        ("service", "Orders right first time", "service_accuracy", "%", "higher_is_better", 96.4,
         "2025-09-30", "ERP credit notes and corrections", "Operations Director"),
        ("service", "Key-account SLA compliance", "agreement_effectiveness", "%",
         "higher_is_better", 89.0, "2025-09-30", "Quarterly SLA reports", "Key Account Lead"),
        ("service", "First-contact resolution", "first_contact_resolution", "%",
         "higher_is_better", 71.0, "2025-09-30", "Ticket system", "Customer Service Manager"),
        ("service", "Average handle time", "average_handle_time", "minutes", "lower_is_better", 6.4,
         "2025-09-30", "Telephony reports", "Customer Service Manager"),
        ("marketing", "Target businesses buying from us", "market_coverage", "%",
         "higher_is_better", 17.0, "2024-12-31", "CRM matched to regional business register",
         "Marketing Manager"),
        ("marketing", "Webshop channel profitability", "channel_profitability", "% margin",
         "higher_is_better", 8.2, "2024-12-31", "Management accounts", "E-commerce Manager"),
        ("marketing", "Regional market share", "market_share", "%", "higher_is_better", 11.0,
         "2024-12-31", "Trade association estimate", "Marketing Manager"),
        ("other", "Net Promoter Score", "nps", "points", "higher_is_better", 18.9, "2025-09-30",
         "Annual customer survey", "Marketing Manager"),
        ("other", "Customer satisfaction (CSAT)", "csat", "%", "higher_is_better", 77.9,
         "2025-09-30", "Annual customer survey", "Marketing Manager"),
        ("other", "Account churn", "churn_rate", "%", "lower_is_better", 13.0, "2024-12-31",
         "ERP: accounts with no order for 12 months", "Commercial Director"),
    ]
    for i, (dep, name, key, unit, direction, base, bdate, source, owner) in enumerate(metrics, 1):
        c.add("metrics", f"met-{i}", department=dep, name=name, catalog_key=key, unit=unit,
              direction=direction, baseline=base, baseline_date=bdate, source=source, owner=owner)

    sources = [
        ("survey", "customers", "Annual customer survey by e-mail to all active accounts",
         "2025-09-19", 412),
        ("focus_group", "customers", "Two focus groups with office managers and school business "
         "managers", "2025-10-02", 14),
        ("feedback_system", "customers", "Review of complaint tickets and call notes, January to "
         "September", "2025-10-06", 1870),
        ("frontline_interviews", "frontline", "Interviews with drivers, care-desk agents, account "
         "managers and credit control", "2025-10-09", 11),
        ("partner_interviews", "partners", "Interviews with three manufacturers and the furniture "
         "installation partner", "2025-10-16", 4),
    ]
    for i, (kind, voice, desc, held, n) in enumerate(sources, 1):
        c.add("input_sources", f"src-{i}", kind=kind, voice=voice, description=desc, held_on=held,
              sample_size=n)

    segments = [
        ("Key accounts", "Companies with several sites and more than 250 staff on annual "
         "contracts; central purchasing, deliveries to many addresses.", 46, 14900000, 19.5, 4.2, 5),
        ("Public sector & education", "Schools, academy trusts, councils and clinics buying "
         "through public purchasing frameworks; budgets follow the school or financial year.",
         180, 8600000, 22.0, 1.5, 3),
        ("Growing businesses", "Firms with 10 to 250 staff, many of them growing; an office "
         "manager orders weekly or monthly and values convenience as much as price.",
         1150, 10200000, 28.5, 9.8, 5),
        ("Small offices", "Offices with fewer than 10 staff that buy now and then, mostly on the "
         "webshop at list price.", 3900, 4300000, 31.0, -2.5, 2),
    ]
    for i, seg in enumerate(segments, 1):
        add_segment(c, f"seg-{i}", *seg)

    pains = [
        ("Orders arrive in two or three part-deliveries, without warning, when items are out of "
         "stock.", "src-1", "customers", ["seg-1", "seg-3", "seg-4"], 4, 4, 4),
        ("Invoices do not match the contract price, and a credit note takes weeks.", "src-1",
         "customers", ["seg-1", "seg-2"], 4, 3, 3),
        ("The webshop shows list prices and no stock, so buyers phone to check before ordering.",
         "src-2", "customers", ["seg-3", "seg-4"], 3, 4, 4),
        ("Nobody owns the account: calls are passed between sales, care desk and credit control.",
         "src-3", "customers", ["seg-2", "seg-3"], 3, 3, 3),
        ("Furniture installation dates slip and nobody tells the customer until the day itself.",
         "src-2", "customers", ["seg-1"], 5, 2, 2),
        ("Drivers arrive after reception has closed because customers cannot pick a delivery "
         "window.", "src-4", "frontline", ["seg-3", "seg-4"], 2, 4, 3),
        ("Care-desk agents cannot see order history or open issues, so customers have to repeat "
         "their story.", "src-4", "frontline", ["seg-1", "seg-2", "seg-3", "seg-4"], 3, 4, 4),
        ("Quotes for furniture and bulk orders take three days because prices are checked by "
         "e-mail.", "src-4", "frontline", ["seg-1", "seg-3"], 3, 3, 2),
        ("Damaged furniture comes back without a reason code, so manufacturers cannot improve "
         "the packaging.", "src-5", "partners", ["seg-1"], 2, 2, 2),
        ("Small orders carry a delivery charge that small offices find unfair next to online "
         "retailers.", "src-1", "customers", ["seg-4"], 3, 3, 3),
        ("Schools need the framework order reference on every invoice and a spend report each "
         "term; both are put together by hand.", "src-3", "customers", ["seg-2"], 3, 3, 2),
    ]
    for i, (desc, src, voice, segs, sev, freq, reach) in enumerate(pains, 1):
        c.add("pain_points", f"pain-{i}", description=desc, source_id=src, voice=voice,
              segment_ids=segs, severity=sev, frequency=freq, reach=reach)

    c.relationship = {
        "promoters": 166, "passives": 158, "detractors": 88,
        "csat_satisfied": 321, "csat_responses": 412,
        "one_time_share_pct": 34.0, "repeat_share_pct": 52.0, "advanced_share_pct": 14.0,
        "customer_focus_rating": 3, "self_rated_experience": 8, "customer_rated_experience": 6,
        "notes": (
            "Survey of September 2025, 412 answers. Relationship levels from 24 months of ERP "
            "orders: one-time = a single order, advanced = buys in three or more categories and "
            "agrees to act as a reference. Leadership put our experience at 8 out of 10; "
            "customers who answered average 6. The room agreed the gap is mostly about split "
            "deliveries and invoices."),
    }

    attributes = [
        ("seg-1", "reliability", 5, 3), ("seg-1", "billing_accuracy", 5, 2),
        ("seg-1", "personal_relationship", 5, 4), ("seg-1", "spend_reporting", 4, 2),
        ("seg-1", "price", 4, 3), ("seg-1", "product_range", 3, 4),
        ("seg-2", "price", 5, 4), ("seg-2", "billing_accuracy", 5, 3),
        ("seg-2", "spend_reporting", 4, 2), ("seg-2", "reliability", 4, 4),
        ("seg-2", "sustainability", 3, 2),
        ("seg-3", "reliability", 5, 3), ("seg-3", "ease_of_ordering", 5, 3),
        ("seg-3", "speed", 4, 4), ("seg-3", "responsiveness", 4, 3), ("seg-3", "price", 4, 3),
        ("seg-3", "expertise", 2, 4),
        ("seg-4", "price", 5, 2), ("seg-4", "ease_of_ordering", 4, 3), ("seg-4", "speed", 4, 4),
        ("seg-4", "information_visibility", 4, 2), ("seg-4", "personal_relationship", 2, 3),
        ("", "consistency", 4, 2), ("", "after_sales_support", 3, 3),
    ]
    for i, (seg, key, imp, perf) in enumerate(attributes, 1):
        c.add("attributes", f"att-{i}", attribute=ATTRIBUTE_NAMES[key], catalog_key=key,
              segment_id=seg, importance=imp, performance=perf)

    seg_objectives = [
        ("so-1", "seg-1", "retention", "Renew every key-account contract that comes up in 2025 "
         "and 2026", "Contract renewal rate, rolling 12 months", "%", "higher_is_better", 86.0,
         95.0, "2026-12-31"),
        ("so-2", "seg-1", "development", "Grow the share of key-account spend outside paper and "
         "toner", "Furniture, breakroom and cleaning share of key-account revenue", "%",
         "higher_is_better", 18.0, 24.0, "2026-12-31"),
        ("so-3", "seg-2", "acquisition", "Win places on two more public purchasing frameworks",
         "Frameworks on which we are an approved supplier", "frameworks", "higher_is_better", 3.0,
         5.0, "2026-09-30"),
        ("so-4", "seg-2", "retention", "Keep school and council accounts buying after budget "
         "and holiday breaks", "Public-sector accounts lapsed in the last 12 months", "%",
         "lower_is_better", 11.0, 7.0, "2026-12-31"),
        ("so-5", "seg-3", "acquisition", "Win new growing-business accounts that keep ordering",
         "New accounts with three or more orders in their first six months, cumulative",
         "accounts", "higher_is_better", 0.0, 180.0, "2026-12-31"),
        ("so-6", "seg-3", "development", "Move growing businesses to the webshop at their "
         "contract price", "Share of the segment's orders placed online", "%", "higher_is_better",
         41.0, 65.0, "2026-12-31"),
        ("so-7", "seg-3", "retention", "Cut churn among growing businesses",
         "Accounts lapsed in the last 12 months", "%", "lower_is_better", 14.0, 9.0, "2026-12-31"),
        ("so-8", "seg-4", "development", "Lift small-office orders above the free-delivery "
         "threshold", "Average order value", "EUR per order", "higher_is_better", 96.0, 125.0,
         "2026-06-30"),
        ("so-9", "seg-4", "retention", "Keep small offices buying through the webshop",
         "Small offices ordering again within 12 months", "%", "higher_is_better", 48.0, 55.0,
         "2026-12-31"),
    ]
    for sid, seg, kind, desc, measure, unit, direction, base, target, date in seg_objectives:
        c.add("segment_objectives", sid, segment_id=seg, kind=kind, description=desc,
              measure=measure, unit=unit, direction=direction, baseline=base, target=target,
              target_date=date)

    treatments = [
        ("seg-1",
         "One contact who knows all our sites, invoices that always match the contract, and a "
         "spend report I can pass to finance without editing it.",
         "A standard catalogue per site; furniture and breakroom bundles proposed at each "
         "quarterly review.",
         "Annual contract price list fixed for 12 months; a rebate once agreed volume is passed.",
         "Quarterly business review with spend and service figures; a warning before any "
         "back-order leaves the warehouse.",
         "A named account manager and a deputy; furniture projects updated at every stage; "
         "response times written into the contract.",
         ["pain-2", "pain-5", "pain-7"]),
        ("seg-2",
         "Buying through our framework is easier than running a tender, and every invoice "
         "carries the references the finance office asks for.",
         "Framework catalogue with eco-labelled alternatives; start-of-term packs for schools.",
         "Framework prices; no delivery charge on framework orders.",
         "A term-time calendar of offers and a reminder before the budget year closes.",
         "Framework order reference printed on every document; a spend report each term; one "
         "named contact per trust or council.",
         ["pain-11", "pain-4", "pain-2"]),
        ("seg-3",
         "Re-ordering takes two minutes online at my own price, and everything arrives together "
         "the next morning.",
         "Saved order lists; a core range of 900 lines guaranteed in stock.",
         "Contract pricing for accounts above 5,000 EUR a year, shown in the webshop.",
         "Welcome e-mails for new accounts; a monthly re-order reminder based on their pattern.",
         "Stock checked before the order is confirmed; a choice of delivery window; care-desk "
         "agents see the full order history.",
         ["pain-1", "pain-3", "pain-6", "pain-7", "pain-8"]),
        ("seg-4",
         "I can order what I need online without calling anyone, and I know the delivery cost "
         "before I start.",
         "Small-office bundles (paper, toner, coffee) that pass the free-delivery threshold.",
         "Free delivery from 120 EUR instead of 150 EUR; any delivery charge shown on the first page.",
         "E-mail only, triggered by each customer's re-order pattern.",
         "Self-service webshop with chat; no account manager.",
         ["pain-10", "pain-3", "pain-1"]),
    ]
    for i, (seg, exp, prod, price, comm, serv, pains_) in enumerate(treatments, 1):
        c.add("treatments", f"trt-{i}", segment_id=seg, intended_experience=exp, products=prod,
              pricing=price, communications=comm, service=serv, addressed_pain_ids=pains_)

    for kid, values in KPIS_2025.items():
        c.add("kpis", kid, **values)

    links = [("kpi-1", "obj-1"), ("kpi-7", "obj-1"), ("kpi-2", "obj-2"), ("kpi-12", "obj-2"),
             ("kpi-3", "obj-3"), ("kpi-5", "obj-3"), ("kpi-6", "obj-3"), ("kpi-12", "obj-3"),
             ("kpi-8", "obj-5"), ("kpi-4", "obj-6"), ("kpi-5", "obj-6"), ("kpi-6", "obj-6"),
             ("kpi-9", "obj-6"), ("kpi-13", "obj-6")]
    for i, (k, o) in enumerate(links, 1):
        c.add("alignment", f"aln-{i}", kpi_id=k, objective_id=o)

    # Milestones: segment objectives first, then KPIs.
    number = 1
    for sid, (targets, actuals, notes) in SO_PLANS.items():
        dues = QUARTERS[:len(targets)]
        number = add_milestones(c, sid, dues, targets, actuals, notes, number, CUTOFF[c.id])
    for kid, (dues, targets, actuals, notes) in KPI_PLANS.items():
        number = add_milestones(c, kid, dues, targets, actuals, notes, number, CUTOFF[c.id])

    capabilities = {
        "vision": (2, 4, 4, "Promise to customers agreed in this workshop; not yet known beyond "
                   "the leadership team."),
        "strategy": (2, 4, 5, "First written CRM strategy; objectives per segment set for the "
                     "first time."),
        "customer_experience": (2, 4, 5, "An experience is designed only for key accounts; "
                                "everyone else gets the default."),
        "collaboration": (2, 3, 4, "Sales and care-desk targets pull in different directions; no "
                          "shared account goals."),
        "processes": (2, 4, 4, "Order-to-invoice never mapped; split deliveries and price "
                      "mismatches start there."),
        "information": (2, 4, 5, "Orders in the ERP, contacts in mailboxes, complaints in a "
                        "separate ticket tool."),
        "technology": (2, 3, 3, "CRM bought in 2025 but used by sales only; webshop not linked to "
                       "contract prices."),
        "metrics": (2, 4, 4, "Plenty of operational figures, almost no customer measures with "
                    "targets."),
        "data_quality": (2, 4, 5, "About 18% of accounts have duplicate or outdated contacts."),
        "process_mapping": (1, 3, 4, "No customer-facing process has been mapped."),
        "technology_readiness": (3, 4, 3, "Staff keen after the webshop relaunch; care desk wary "
                                 "of being monitored."),
    }
    for i, (key, (cur, tgt, imp, notes)) in enumerate(capabilities.items(), 1):
        name, group = CAPABILITY_NAMES[key]
        c.add("capabilities", f"cap-{i}", area_key=key, name=name, area_group=group, current=cur,
              target=tgt, importance=imp, notes=notes)

    resources = [
        ("people", "Part-time CRM administrator and data steward (0.6 FTE)", "4000", "34000",
         "Operations Director"),
        ("people", "CRM and service training for 42 sales, care-desk and account staff", "18500",
         "5000", "HR and Training Lead"),
        ("process", "Map the quote-to-cash and delivery journeys as they are and as they should "
         "be, with an outside facilitator", "28000", "0", "Operations Director"),
        ("technology", "Link the webshop to the ERP for contract prices and live stock", "86000",
         "9500", "E-commerce Manager"),
        ("technology", "CRM licences for care desk and credit control (18 more users)", "6000",
         "23760", "IT Manager"),
        ("technology", "Delivery-window booking and text-message arrival alerts", "12500", "7200",
         "Logistics Manager"),
    ]
    for i, (cat, desc, initial, ongoing, owner) in enumerate(resources, 1):
        c.add("resources", f"res-{i}", category=cat, description=desc, initial_cost=initial,
              ongoing_cost_per_year=ongoing, owner=owner)

    learning = [
        ("Which attributes each segment values most and how we perform on them",
         "Annual customer survey plus focus groups", "yearly",
         "Replace scores older than two survey rounds", "Marketing Manager"),
        ("Why accounts stop buying", "Order gaps flagged in the ERP, followed by a short call",
         "monthly", "Delete call notes after 24 months or when the account is closed",
         "Commercial Director"),
        ("Size and industry of accounts and prospects",
         "Purchased regional business register matched to our accounts", "yearly",
         "Remove prospects not contacted for three years", "Marketing Manager"),
        ("Recurring complaint themes by segment", "Ticket system with reason codes", "monthly",
         "Archive tickets after three years", "Customer Service Manager"),
        ("Value, margin and loss-making accounts",
         "ERP transaction history analysed in the workbench", "quarterly",
         "Keep a rolling 36 months of transactions", "Finance Director"),
    ]
    for i, (what, source, refresh, retire, owner) in enumerate(learning, 1):
        c.add("learning_methods", f"lrn-{i}", what_to_learn=what, source=source, refresh=refresh,
              retire_when=retire, owner=owner)

    plans = [
        ("obj-1", "Quarterly account plans for the top 60 accounts, with furniture and breakroom "
         "cross-selling", "Commercial Director",
         "Half of account managers' bonus paid on gross-margin growth of their accounts",
         "2026-03-31"),
        ("obj-2", "Review every contract price list at renewal; no blanket discounts below 18% "
         "margin", "Finance Director", "Sales commission paid on margin instead of revenue from "
         "2026", "2026-03-31"),
        ("obj-3", "Monthly list of lapsing accounts; call within ten days and fix the cause",
         "Customer Service Manager", "Care-desk team bonus tied to 12-month churn of the "
         "accounts they look after", "2026-06-30"),
        ("obj-4", "Guidance on minimum orders, route density review, re-orders pushed online",
         "Operations Director", "", "2026-06-30"),
        ("obj-5", "Webshop integration project; move growing businesses to saved order lists",
         "E-commerce Manager", "10% of the e-commerce team's bonus on the online share",
         "2026-03-31"),
        ("obj-6", "Call back every detractor within five working days and record the fix",
         "Marketing Manager", "Company-wide bonus multiplier based on NPS from 2027",
         "2026-09-30"),
    ]
    for i, (obj, plan, owner, comp, review) in enumerate(plans, 1):
        c.add("goal_plans", f"gp-{i}", objective_id=obj, work_plan=plan, owner=owner,
              compensation_link=comp, review_date=review)
    return c


ATTRIBUTE_NAMES = {
    "price": "Price", "speed": "Speed of delivery", "expertise": "Expertise and advice",
    "reliability": "Reliability", "ease_of_ordering": "Ease of ordering",
    "product_range": "Product range", "responsiveness": "Responsiveness",
    "personal_relationship": "Personal relationship", "after_sales_support": "After-sales support",
    "billing_accuracy": "Accurate invoicing", "flexibility": "Flexibility",
    "information_visibility": "Order visibility", "consistency": "Consistency across channels",
    "sustainability": "Sustainability", "spend_reporting": "Spend reporting",
}

CAPABILITY_NAMES = {
    "vision": ("Vision", "building_block"), "strategy": ("Strategy", "building_block"),
    "customer_experience": ("Valued customer experience", "building_block"),
    "collaboration": ("Organisational collaboration", "building_block"),
    "processes": ("Processes", "building_block"), "information": ("Information", "building_block"),
    "technology": ("Technology", "building_block"), "metrics": ("Metrics", "building_block"),
    "data_quality": ("Customer data quality", "readiness"),
    "process_mapping": ("Mapped customer-facing processes", "readiness"),
    "technology_readiness": ("Technology adoption readiness", "readiness"),
}


def kpi(name, metric, level, kind, perspective, unit, direction, base, bdate, target, tdate,
        current, cdate, owner, cadence):
    return dict(name=name, metric_id=metric, level=level, kind=kind, perspective=perspective,
                unit=unit, direction=direction, baseline=base, baseline_date=bdate, target=target,
                target_date=tdate, current=current, measured_on=cdate, owner=owner,
                cadence=cadence)


H, L = "higher_is_better", "lower_is_better"
KPIS_2025 = {
    "kpi-1": kpi("Revenue growth, year to date", "", "strategy", "objective", "internal", "%", H,
                 3.1, "2024-12-31", 8.0, "2026-12-31", 4.6, "2025-10-31", "Commercial Director",
                 "quarterly"),
    "kpi-2": kpi("Gross margin", "", "strategy", "objective", "internal", "%", H, 23.8,
                 "2024-12-31", 25.5, "2026-12-31", 24.2, "2025-10-31", "Finance Director",
                 "monthly"),
    "kpi-3": kpi("Account churn, rolling 12 months", "met-20", "strategy", "objective", "external",
                 "%", L, 13.0, "2024-12-31", 9.0, "2026-12-31", 12.4, "2025-10-31",
                 "Commercial Director", "quarterly"),
    "kpi-4": kpi("Net Promoter Score", "met-18", "strategy", "subjective", "external", "points", H,
                 18.9, "2025-09-30", 35.0, "2027-06-30", 18.9, "2025-09-30", "Marketing Manager",
                 "quarterly"),
    "kpi-5": kpi("Satisfaction with the delivery (survey after delivery)", "met-19", "tactic",
                 "subjective", "external", "%", H, 78.0, "2025-03-31", 88.0, "2026-12-31", 79.5,
                 "2025-10-31", "Logistics Manager", "monthly"),
    "kpi-6": kpi("Orders delivered on time and in full", "met-7", "tactic", "objective",
                 "external", "%", H, 89.6, "2024-12-31", 95.0, "2026-12-31", 90.8, "2025-10-31",
                 "Logistics Manager", "weekly"),
    "kpi-7": kpi("Order fill rate at first delivery", "met-8", "tactic", "objective", "internal",
                 "%", H, 95.8, "2025-09-30", 98.0, "2026-12-31", 96.1, "2025-10-31",
                 "Warehouse Manager", "weekly"),
    "kpi-8": kpi("Share of orders placed online (webshop and EDI)", "", "strategy", "objective",
                 "internal", "%", H, 44.0, "2024-12-31", 60.0, "2026-12-31", 49.0, "2025-10-31",
                 "E-commerce Manager", "monthly"),
    "kpi-9": kpi("First-contact resolution", "met-13", "tactic", "objective", "external", "%", H,
                 71.0, "2025-09-30", 80.0, "2026-12-31", 72.5, "2025-10-31",
                 "Customer Service Manager", "monthly"),
    "kpi-10": kpi("Average handle time", "met-14", "tactic", "objective", "internal", "minutes", L,
                  6.4, "2025-09-30", 5.5, "2026-06-30", 6.1, "2025-10-31",
                  "Customer Service Manager", "weekly"),
    "kpi-11": kpi("Quote turnaround for furniture and bulk orders", "", "tactic", "objective",
                  "internal", "hours", L, 72.0, "2025-06-30", 24.0, "2026-12-31", 60.0,
                  "2025-10-31", "Head of Sales", "monthly"),
    "kpi-12": kpi("Invoices disputed by customers", "met-11", "tactic", "objective", "external",
                  "% of invoices", L, 3.6, "2024-12-31", 1.5, "2026-12-31", 3.1, "2025-10-31",
                  "Finance Director", "monthly"),
    "kpi-13": kpi("Complaints per 1,000 orders", "", "tactic", "subjective", "external",
                  "per 1,000 orders", L, 8.5, "2024-12-31", 5.0, "2026-12-31", 7.9, "2025-10-31",
                  "Customer Service Manager", "monthly"),
}


def add_segment(c, sid, name, desc, customers, revenue, margin, growth, fit, origin=""):
    # Value per customer: three years of average gross margin, the way the room agreed to
    # compare segments (whole currency units).
    value = round(revenue / customers * margin / 100 * 3)
    return c.add("segments", sid, origin_id=origin, name=name, description=desc,
                 customers=customers, revenue=revenue, margin_pct=margin, growth_pct=growth,
                 strategic_fit=fit, customer_value=value)


# ---------------------------------------------------------------------------------------------
# Cycle 2026: the annual reset on 2026-11-16, started as a copy of 2025.
# ---------------------------------------------------------------------------------------------

def build_2026(old):
    c = Cycle("cyc-2026", "2026", "2026-11-16", previous=old.id)
    k = Carrier(old, c)

    c.statement = {
        "business_model": old.statement["business_model"] + (
            " Since 2026 we also supply co-working operators, who buy for the whole building "
            "and re-invoice their members."),
        "customer_definition": old.statement["customer_definition"] + (
            " For co-working spaces the customer is the operator, not the member companies."),
        "value_proposition": (
            "Everything an office needs from one local supplier: ordered in minutes at your own "
            "price, delivered complete the next working day by our own drivers, invoiced "
            "correctly, with a named person who knows your account and a monthly view of what "
            "you spent."),
    }

    # Step 1
    k.carry("objectives", "obj-1", target="Revenue of EUR 43.5 M in financial year 2027",
            target_value=43.5, horizon="2027-12-31")
    k.carry("objectives", "obj-2")
    k.carry("objectives", "obj-3")
    k.carry("objectives", "obj-4", target="Cost per order of EUR 12.00 (from 14.20)",
            target_value=12.0, horizon="2027-12-31")
    k.carry("objectives", "obj-5", target="70% of orders through webshop or EDI",
            target_value=70.0, horizon="2027-12-31")
    k.carry("objectives", "obj-6")
    c.add("objectives", "obj-107", name="Grow furniture and fit-out projects",
          target="Furniture revenue of EUR 3.2 M (from 2.4 M)", target_value=3.2,
          unit="M revenue", horizon="2027-12-31")

    k.carry("priorities", "pri-1", text="Make the contract price the only price a customer "
            "sees: done in the webshop, invoices and quotes still to follow.")
    k.carry("priorities", "pri-2")
    k.carry("priorities", "pri-3", text="Give every account buying more than 15,000 EUR a year a "
            "named account manager.")
    k.carry("priorities", "pri-4")
    k.drop("pri-5")  # folded into the new furniture objective obj-107
    c.add("priorities", "pri-106", text="Build an offer for co-working and flexible-office "
          "operators.")
    c.add("priorities", "pri-107", text="Call accounts flagged by the CRM health score before "
          "they lapse.")

    # Step 2: this year's figures; market coverage dropped (the register proved unreliable).
    new_metric_values = {
        "met-1": (33.0, "2026-09-30"), "met-2": (34.0, "2026-09-30"), "met-3": (194.0, "2026-09-30"),
        "met-4": (7.5, "2025-12-31"), "met-5": (85.0, "2026-09-30"), "met-6": (91.0, "2025-12-31"),
        "met-7": (95.2, "2026-09-30"), "met-8": (97.4, "2026-09-30"), "met-9": (88.0, "2026-09-30"),
        "met-10": (4.1, "2026-09-30"), "met-11": (97.3, "2026-09-30"), "met-12": (92.0, "2026-09-30"),
        "met-13": (76.8, "2026-09-30"), "met-14": (6.0, "2026-09-30"),
        "met-16": (9.6, "2025-12-31"), "met-17": (11.4, "2025-12-31"),
        "met-18": (25.2, "2026-09-30"), "met-19": (81.5, "2026-09-30"), "met-20": (12.0, "2025-12-31"),
    }
    k.drop("met-15")
    for mid, (base, date) in new_metric_values.items():
        k.carry("metrics", mid, baseline=base, baseline_date=date)
    c.find("metrics", "met-107")["source"] = "Route planning system with driver app scans"
    c.add("metrics", "met-121", department="other", name="Customer health score, average",
          catalog_key="customer_health", unit="score 0-100", direction=H, baseline=64.0,
          baseline_date="2026-09-30", source="CRM health score", owner="Key Account Lead")

    # Step 3: the focus group was replaced by exit calls with lapsed accounts.
    k.carry("input_sources", "src-1", held_on="2026-09-18", sample_size=417)
    k.drop("src-2")
    k.carry("input_sources", "src-3", description="Review of complaint cases in the CRM, "
            "January to September", held_on="2026-10-05", sample_size=1645)
    k.carry("input_sources", "src-4", description="Interviews with drivers, care-desk agents, "
            "account managers (including the two co-working managers) and credit control",
            held_on="2026-10-08", sample_size=13)
    k.carry("input_sources", "src-5", held_on="2026-10-14")
    c.add("input_sources", "src-106", kind="other", voice="customers",
          description="Exit calls with accounts that stopped ordering in the last 12 months",
          held_on="2026-10-20", sample_size=38)

    # Segments must exist before pain points and attributes refer to them.
    for sid, (cust, rev, margin, growth) in {
            "seg-1": (48, 15500000, 19.8, 4.0), "seg-2": (184, 8700000, 22.4, 1.2),
            "seg-3": (1090, 10900000, 28.9, 6.9), "seg-4": (3700, 4100000, 31.5, -4.7)}.items():
        s = old.find("segments", sid)
        item = add_segment(c, k.new_id(sid), s["name"], s["description"], cust, rev, margin,
                           growth, s["strategic_fit"], origin=sid)
        k.mapping[sid] = item["id"]
    add_segment(c, "seg-105", "Co-working & flexible offices", "Operators of co-working spaces "
                "and serviced offices who buy consumables, breakroom supplies and furniture for "
                "their members.", 85, 1300000, 26.0, 18.0, 4)

    k.drop("pain-3")  # contract prices and live stock in the webshop since March 2026
    pain_changes = {
        "pain-1": dict(severity=3, frequency=3, reach=3),
        "pain-2": dict(frequency=2),
        "pain-4": dict(frequency=2, reach=2),
        "pain-5": dict(source_id="src-101"),
        "pain-6": dict(frequency=3),
        "pain-7": dict(severity=2, frequency=2, reach=3),
        "pain-10": dict(source_id="src-101"),
        "pain-11": dict(frequency=2),
    }
    for item in old.lists["pain_points"]:
        if item["id"] not in k.dropped:
            changes = dict(pain_changes.get(item["id"], {}))
            if item["source_id"] == "src-2" and "source_id" not in changes:
                raise KeyError(f"{item['id']} refers to the dropped focus group")
            k.carry("pain_points", item["id"], **changes)
    c.add("pain_points", "pain-112", description="Co-working operators need one order split and "
          "invoiced across several member companies.", source_id="src-101", voice="customers",
          segment_ids=["seg-105"], severity=4, frequency=3, reach=2)
    c.add("pain_points", "pain-113", description="Lapsed accounts say a competitor called first "
          "with a better price; nobody here noticed they had stopped ordering.",
          source_id="src-106", voice="customers", segment_ids=["seg-103", "seg-104"], severity=4,
          frequency=2, reach=3)
    c.add("pain_points", "pain-114", description="Account managers re-type webshop quotes into "
          "the CRM because the two systems are not linked.", source_id="src-104",
          voice="frontline", segment_ids=["seg-101", "seg-103"], severity=2, frequency=4, reach=2)

    # Step 4
    c.relationship = {
        "promoters": 180, "passives": 162, "detractors": 75,
        "csat_satisfied": 340, "csat_responses": 417,
        "one_time_share_pct": 31.0, "repeat_share_pct": 53.0, "advanced_share_pct": 16.0,
        "customer_focus_rating": 3, "self_rated_experience": 8, "customer_rated_experience": 7,
        "notes": (
            "Survey of September 2026, 417 answers; NPS up from 19 to 25. Fewer one-time buyers "
            "after the webshop change. The inward review found drift: only 46% of staff could "
            "state our promise to customers, and the care desk still measures calls by length. "
            "Customer focus kept at 3 until that is fixed."),
    }

    # Step 5: performance moved where treatments landed; new ratings for co-working.
    perf = {"att-2": 3, "att-4": 3, "att-9": 3, "att-12": 4, "att-13": 4, "att-19": 4,
            "att-21": 4, "att-23": 3}
    for item in old.lists["attributes"]:
        changes = {"performance": perf[item["id"]]} if item["id"] in perf else {}
        k.carry("attributes", item["id"], **changes)
    for i, (key, imp, perf_) in enumerate([("flexibility", 5, 3), ("billing_accuracy", 5, 2),
                                           ("product_range", 4, 4), ("speed", 4, 4)], 125):
        c.add("attributes", f"att-{i}", attribute=ATTRIBUTE_NAMES[key], catalog_key=key,
              segment_id="seg-105", importance=imp, performance=perf_)

    # Step 6: objectives. The framework objective was reached and is dropped.
    k.drop("so-3")
    so_changes = {
        "so-2": dict(target=23.0, target_date="2027-06-30"),
        "so-6": dict(target=72.0, target_date="2027-06-30"),
        "so-8": dict(target=115.0, target_date="2027-06-30",
                     description="Lift small-office orders towards the free-delivery threshold"),
    }
    for item in old.lists["segment_objectives"]:
        if item["id"] not in k.dropped:
            k.carry("segment_objectives", item["id"], **so_changes.get(item["id"], {}))
    new_so = [
        ("so-110", "seg-102", "acquisition", "Win academy trusts through the new frameworks",
         "Academy trusts buying under one of our frameworks", "trusts", H, 4.0, 12.0,
         "2027-12-31"),
        ("so-111", "seg-105", "acquisition", "Sign co-working operators across the region",
         "Operators with an active account", "operators", H, 85.0, 115.0, "2027-12-31"),
        ("so-112", "seg-105", "development", "Sell furniture and breakroom fit-outs to "
         "co-working operators", "Operators that bought a fit-out in the last 12 months", "%", H,
         12.0, 30.0, "2027-12-31"),
    ]
    for sid, seg, kind, desc, measure, unit, direction, base, target, date in new_so:
        c.add("segment_objectives", sid, segment_id=seg, kind=kind, description=desc,
              measure=measure, unit=unit, direction=direction, baseline=base, target=target,
              target_date=date)

    # Step 8 before milestones (milestones may belong to KPIs).
    kpi_changes = {
        "kpi-1": dict(current=6.5, measured_on="2026-10-31", target=6.0, target_date="2027-12-31",
                      baseline=4.6, baseline_date="2025-12-31"),
        "kpi-2": dict(current=24.9, measured_on="2026-10-31"),
        "kpi-3": dict(current=10.8, measured_on="2026-10-31"),
        "kpi-4": dict(current=25.2, measured_on="2026-09-30"),
        "kpi-5": dict(current=84.0, measured_on="2026-10-31"),
        "kpi-6": dict(current=93.9, measured_on="2026-10-31"),
        "kpi-7": dict(current=97.4, measured_on="2026-10-31"),
        "kpi-8": dict(current=61.0, measured_on="2026-10-31", target=70.0,
                      target_date="2027-12-31"),
        "kpi-9": dict(current=76.8, measured_on="2026-10-31"),
        "kpi-11": dict(current=30.0, measured_on="2026-10-31"),
        "kpi-12": dict(current=2.2, measured_on="2026-10-31"),
        "kpi-13": dict(current=6.1, measured_on="2026-10-31"),
    }
    k.drop("kpi-10")  # handle time pushed agents to rush; first-contact resolution replaces it
    for item in old.lists["kpis"]:
        if item["id"] not in k.dropped:
            k.carry("kpis", item["id"], **kpi_changes[item["id"]])
    c.add("kpis", "kpi-114", **kpi("Cost to serve per order", "", "strategy", "objective",
                                   "internal", "EUR per order", L, 14.2, "2025-12-31", 12.0,
                                   "2027-12-31", 13.4, "2026-09-30", "Operations Director",
                                   "quarterly"))
    c.add("kpis", "kpi-115", **kpi("Staff who can explain our promise and their segment goals",
                                   "", "tactic", "subjective", "internal", "% of staff", H, 46.0,
                                   "2026-10-15", 80.0, "2027-10-31", 46.0, "2026-10-15",
                                   "HR and Training Lead", "yearly"))
    c.add("kpis", "kpi-116", **kpi("At-risk accounts called within ten days", "met-121", "tactic",
                                   "objective", "internal", "%", H, 35.0, "2026-06-30", 90.0,
                                   "2027-06-30", 58.0, "2026-10-31", "Key Account Lead",
                                   "monthly"))

    # Step 6 (cont.): milestones. Carried ones keep their history; future targets of changed
    # objectives are re-planned; new quarters are added where target dates moved.
    future_targets = {"so-2": {"2026-12-31": 21.0}, "so-6": {"2026-12-31": 66.0}}
    added = {"so-2": [("2027-03-31", 22.0), ("2027-06-30", 23.0)],
             "so-6": [("2027-03-31", 69.0), ("2027-06-30", 72.0)],
             "so-8": [("2026-09-30", 108.0), ("2026-12-31", 110.0), ("2027-03-31", 112.0),
                      ("2027-06-30", 115.0)],
             "kpi-8": [("2027-06-30", 65.0), ("2027-12-31", 70.0)]}
    old_owner_due = {}
    for m in old.lists["milestones"]:
        old_owner_due[(m["owner_id"], m["due"])] = m["id"]
    number = 1101
    for owner, plan in list(SO_PLANS.items()) + [(kid, p[1:]) for kid, p in KPI_PLANS.items()]:
        if owner in k.dropped:
            continue
        if owner.startswith("kpi"):
            dues = KPI_PLANS[owner][0]
            targets, actuals, notes = plan
        else:
            targets, actuals, notes = plan
            dues = QUARTERS[:len(targets)]
        for i, due in enumerate(dues):
            old_id = old_owner_due[(owner, due)]
            changes = {}
            if due <= CUTOFF[c.id] and i < len(actuals):
                changes["actual"] = actuals[i]
                changes["note"] = notes.get(due, "")
            if due in future_targets.get(owner, {}):
                changes["target"] = future_targets[owner][due]
            k.carry("milestones", old_id, **changes)
        for due, target in added.get(owner, []):
            if any(m["owner_id"] == k.mapping[owner] and m["due"] == due
                   for m in c.lists["milestones"]):
                continue
            actual = {("so-8", "2026-09-30"): 107.0}.get((owner, due))
            c.add("milestones", f"ms-{number}", owner_id=k.mapping[owner], due=due,
                  target=target, actual=actual,
                  note="Re-planned at the 2026 reset." if actual is None else
                  "Checkpoint added at the reset to record the third-quarter figure.")
            number += 1
    new_ms = [
        ("so-110", [("2026-12-31", 6.0), ("2027-03-31", 7.0), ("2027-06-30", 9.0),
                    ("2027-09-30", 10.0), ("2027-12-31", 12.0)]),
        ("so-111", [("2026-12-31", 90.0), ("2027-03-31", 97.0), ("2027-06-30", 104.0),
                    ("2027-09-30", 110.0), ("2027-12-31", 115.0)]),
        ("so-112", [("2026-12-31", 14.0), ("2027-03-31", 18.0), ("2027-06-30", 22.0),
                    ("2027-09-30", 26.0), ("2027-12-31", 30.0)]),
        ("kpi-116", [("2026-09-30", 50.0), ("2026-12-31", 70.0), ("2027-03-31", 80.0),
                     ("2027-06-30", 90.0)]),
    ]
    for owner, points in new_ms:
        for due, target in points:
            actual = 52.0 if (owner, due) == ("kpi-116", "2026-09-30") else None
            c.add("milestones", f"ms-{number}", owner_id=owner, due=due, target=target,
                  actual=actual, note="Health-score calls started in June." if actual else "")
            number += 1

    # Step 7
    k.carry("treatments", "trt-1", communications=(
        "Quarterly business review with spend and service figures; a monthly spend report in "
        "the customer portal; a warning before any back-order leaves the warehouse."))
    k.carry("treatments", "trt-2")
    k.carry("treatments", "trt-3", service=(
        "Stock checked before the order is confirmed; a choice of delivery window; care-desk "
        "agents see the full order history; a call within ten days when the health score drops."),
        addressed_pain_ids=["pain-101", "pain-106", "pain-107", "pain-108", "pain-113"])
    k.carry("treatments", "trt-4", pricing=(
        "Free delivery from 120 EUR; small-office bundles at 99 EUR with delivery included."),
        addressed_pain_ids=["pain-110", "pain-101"])
    c.add("treatments", "trt-105", segment_id="seg-105",
          intended_experience="One order for the whole building, split and invoiced per member "
          "company, delivered to the right floor.",
          products="Breakroom and cleaning subscriptions; furniture packages for new floors.",
          pricing="Operator contract price with a volume tier per building.",
          communications="Monthly account call; new-floor fit-out offers timed with lease "
          "starts.",
          service="Split invoicing by member company; a dedicated co-working account manager.",
          addressed_pain_ids=["pain-112"])

    # Step 9
    for item in old.lists["alignment"]:
        k.carry("alignment", item["id"])
    for i, (kid, oid) in enumerate([("kpi-114", "obj-104"), ("kpi-108", "obj-104"),
                                    ("kpi-115", "obj-106"), ("kpi-116", "obj-103")], 115):
        c.add("alignment", f"aln-{i}", kpi_id=k.mapping.get(kid, kid),
              objective_id=k.mapping.get(oid, oid))

    # Step 10
    cap_changes = {
        "vision": dict(current=3, notes="Promise shared at the spring town hall; staff survey "
                       "shows only 46% can state it."),
        "strategy": dict(current=3, notes="Segment objectives tracked quarterly; three re-planned "
                         "at this reset."),
        "customer_experience": dict(current=3),
        "collaboration": dict(current=2, target=4, notes="Drift: care desk still rewarded on "
                              "call length; joint account reviews lapsed in summer."),
        "processes": dict(current=3, notes="Order-to-invoice mapped as-is and to-be; invoice "
                          "part not yet rolled out."),
        "information": dict(current=3, notes="Care desk and credit control now in the CRM; "
                            "health score live since June."),
        "technology": dict(current=3, target=4, notes="Webshop linked to ERP prices and stock "
                           "since March; quotes still separate."),
        "metrics": dict(current=3),
        "data_quality": dict(current=3, notes="Duplicates down from 18% to 7% of accounts."),
        "process_mapping": dict(current=3),
        "technology_readiness": dict(current=3, notes="Adoption good in sales, uneven on the "
                                     "care desk."),
    }
    for item in old.lists["capabilities"]:
        k.carry("capabilities", item["id"], **cap_changes.get(item["area_key"], {}))

    for item in old.lists["resources"]:
        changes = {}
        if item["id"] == "res-3":
            changes = dict(ongoing_cost_per_year="6000", description=(
                "Map the quote-to-cash and delivery journeys and review the maps every year"))
        k.carry("resources", item["id"], **changes)
    c.add("resources", "res-107", category="people", description="Two account managers for "
          "co-working operators", initial_cost="9000", ongoing_cost_per_year="104000",
          owner="Commercial Director")
    c.add("resources", "res-108", category="process", description="Exit-call routine for lapsed "
          "accounts, with reason codes", initial_cost="2500", ongoing_cost_per_year="3000",
          owner="Customer Service Manager")

    k.drop("lrn-3")  # the business register proved unreliable
    k.carry("learning_methods", "lrn-1", source="Annual customer survey plus exit calls")
    k.carry("learning_methods", "lrn-2", source="CRM health score and exit calls with reason "
            "codes")
    k.carry("learning_methods", "lrn-4")
    k.carry("learning_methods", "lrn-5")
    c.add("learning_methods", "lrn-106", what_to_learn="Early signs that an account is slipping",
          source="CRM health score: order frequency, disputes, webshop logins", refresh="weekly",
          retire_when="Keep 12 months of scores", owner="Key Account Lead")

    review = {"gp-1": "2027-03-31", "gp-2": "2027-03-31", "gp-3": "2027-06-30",
              "gp-4": "2027-06-30", "gp-5": "2027-03-31", "gp-6": "2027-06-30"}
    for item in old.lists["goal_plans"]:
        changes = {"review_date": review[item["id"]]}
        if item["id"] == "gp-4":
            changes["compensation_link"] = "20% of the operations bonus on cost to serve per order"
        if item["id"] == "gp-3":
            changes["work_plan"] = ("Health-score alerts and monthly lapsing list; call within "
                                    "ten days and record the reason")
        k.carry("goal_plans", item["id"], **changes)
    c.add("goal_plans", "gp-107", objective_id="obj-107", work_plan="Furniture specialist joins "
          "key-account and co-working reviews; fit-out offers at every lease renewal",
          owner="Head of Sales", compensation_link="Furniture margin counted double in the "
          "2027 sales incentive", review_date="2027-06-30")

    sort_by_id_order(c, old, k)
    return c


def sort_by_id_order(c, old, k):
    """Keeps carried items in last year's order, new items after them (lists are ordered)."""
    for key in LIST_ORDER:
        position = {k.mapping[item["id"]]: i for i, item in enumerate(old.lists[key])
                    if item["id"] in k.mapping}
        items = c.lists[key]
        order = {id(it): i for i, it in enumerate(items)}
        c.lists[key] = sorted(items, key=lambda it: (position.get(it["id"], len(items)),
                                                     order[id(it)]))
    # Milestones grouped by owner (objectives, then KPIs) and by due date.
    owners = {it["id"]: i for i, it in enumerate(c.lists["segment_objectives"] + c.lists["kpis"])}
    c.lists["milestones"].sort(key=lambda m: (owners[m["owner_id"]], m["due"]))


# ---------------------------------------------------------------------------------------------
# Transactions.
# ---------------------------------------------------------------------------------------------

START, END = dt.date(2024, 1, 1), dt.date(2026, 10, 31)

# name, customers in the sample, orders per month, mean order value, margin, share existing
# at start, chance of lapsing, one-time buyer share, earliest start for new customers
CSV_SEGMENTS = [
    ("Key accounts", 14, 1.5, 1150.0, 0.195, 0.85, 0.10, 0.0, START),
    ("Public sector & education", 45, 0.6, 600.0, 0.22, 0.80, 0.12, 0.0, START),
    ("Growing businesses", 170, 0.42, 360.0, 0.285, 0.60, 0.25, 0.08, START),
    ("Small offices", 260, 0.13, 120.0, 0.31, 0.50, 0.40, 0.30, START),
    ("Co-working & flexible offices", 16, 0.9, 420.0, 0.26, 0.10, 0.08, 0.0, dt.date(2025, 1, 1)),
]
HOLIDAYS = {(1, 1), (12, 25), (12, 26)}
LOSS_MAKERS = {"Public sector & education": 1, "Growing businesses": 3, "Small offices": 4}


def day_between(rng, a, b):
    return a + dt.timedelta(days=int(rng.random() * ((b - a).days + 1)))


def make_transactions():
    rng = random.Random(SEED)
    customers = []
    number = 1
    for name, count, rate, aov, margin, existing, lapse, one_time, earliest in CSV_SEGMENTS:
        losers = set()
        while len(losers) < LOSS_MAKERS.get(name, 0):
            losers.add(int(rng.random() * count))
        for i in range(count):
            size = min(rng.paretovariate(1.9), 10.0)  # Pareto: a few very large accounts
            if rng.random() < existing:
                start = START
            else:
                start = day_between(rng, earliest, dt.date(2026, 8, 31))
            end = END
            if rng.random() < lapse and (END - start).days > 180:
                end = day_between(rng, start + dt.timedelta(days=90), END - dt.timedelta(days=60))
            customers.append(dict(
                id=f"C{number:04d}", segment=name, rate=rate * size ** 0.5, aov=aov * size ** 0.6,
                margin=margin + rng.uniform(-0.04, 0.04), start=start, end=end,
                one_time=rng.random() < one_time, loser=i in losers))
            number += 1

    orders = []
    for cust in customers:
        dates = []
        if cust["one_time"]:
            dates.append(day_between(rng, cust["start"], cust["end"]))
        else:
            per_day = cust["rate"] / 30.4
            day = cust["start"] + dt.timedelta(days=int(rng.expovariate(per_day)) % 45)
            while day <= cust["end"]:
                keep = True
                if cust["segment"] == "Public sector & education" and day.month == 8:
                    keep = rng.random() < 0.25  # school holidays
                elif day.month == 12 and day.day > 20:
                    keep = rng.random() < 0.3
                elif day.weekday() >= 5 or (day.month, day.day) in HOLIDAYS:
                    keep = False
                if keep:
                    dates.append(day)
                day += dt.timedelta(days=max(1, int(rng.expovariate(per_day))))
            if not dates:
                dates.append(day_between(rng, cust["start"], cust["end"]))
        for day in dates:
            amount = max(8.0, rng.lognormvariate(0, 0.55) * cust["aov"])
            unit_price = rng.uniform(4.0, 28.0)
            quantity = max(1, round(amount / unit_price))
            if cust["loser"]:
                cost = amount * rng.uniform(1.03, 1.16)  # deep discounts plus delivery cost
            else:
                cost = amount * (1 - cust["margin"]) * rng.uniform(0.96, 1.04)
            orders.append([cust["id"], day, quantity, round(amount, 2), round(cost, 2),
                           cust["segment"]])

    orders.sort(key=lambda o: (o[1], o[0]))
    lines = []
    for n, (cid, day, qty, amount, cost, seg) in enumerate(orders, 1):
        order_id = f"SO-{100000 + n}"
        lines.append((cid, day, order_id, qty, amount, cost, seg))
        if rng.random() < 0.034:  # a return credited some days later
            back = day + dt.timedelta(days=3 + int(rng.random() * 18))
            if back <= END:
                share = rng.choice([1.0, 0.5, 0.25, 0.2])
                rqty = max(1, round(qty * share))
                ratio = rqty / qty
                lines.append((cid, back, f"CN-{100000 + n}", -rqty, -round(amount * ratio, 2),
                              -round(cost * ratio, 2), seg))
    lines.sort(key=lambda l: (l[1], l[2]))

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["customer_id", "date", "order_id", "quantity", "amount", "cost", "segment"])
    for cid, day, oid, qty, amount, cost, seg in lines:
        writer.writerow([cid, day.isoformat(), oid, qty, f"{amount:.2f}", f"{cost:.2f}", seg])
    return out.getvalue(), lines


# ---------------------------------------------------------------------------------------------
# Self-check.
# ---------------------------------------------------------------------------------------------

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONEY_RE = re.compile(r"^-?\d+(\.\d{1,3})?$")


def check_value(where, ftype, value, required, kinds_by_id, problems):
    if required and (value is None or value == "" or value == []):
        problems.append(f"{where}: required but empty")
    if value is None:
        if ftype in ("text", "long") or ftype.startswith(("ref", "choice")):
            problems.append(f"{where}: null not allowed for {ftype}")
        return
    if ftype in ("text", "long"):
        ok = isinstance(value, str)
    elif ftype == "int":
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
    elif ftype in ("rating", "rating10"):
        top = 10 if ftype == "rating10" else 5
        ok = isinstance(value, int) and 1 <= value <= top
    elif ftype == "real":
        ok = isinstance(value, float)
    elif ftype == "money":
        ok = isinstance(value, str) and bool(MONEY_RE.match(value)) and money(value) == value
    elif ftype == "date":
        ok = isinstance(value, str) and bool(DATE_RE.match(value))
        if ok:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                ok = False
    elif ftype.startswith("choice:"):
        ok = value in CHOICES[ftype.split(":", 1)[1]]
    elif ftype.startswith("ref:") or ftype.startswith("refs:"):
        allowed = ftype.split(":", 1)[1].split("|")
        ids = value if ftype.startswith("refs:") else [value]
        ok = isinstance(ids, list)
        for rid in ids if ok else []:
            if rid == "" and ftype.startswith("ref:"):
                continue
            if kinds_by_id.get(rid) not in allowed:
                problems.append(f"{where}: '{rid}' does not resolve to a {ftype[5:]} "
                                f"in this cycle")
        if ftype.startswith("refs:") and ok and len(set(ids)) != len(ids):
            problems.append(f"{where}: repeated id")
    else:
        ok = False
    if not ok:
        problems.append(f"{where}: bad value {value!r} for {ftype}")


def self_check(doc, csv_lines):
    problems = []
    seen = set()
    cycles = {c["id"]: c for c in doc["cycles"]}
    if doc["current_cycle"] not in cycles:
        problems.append("current_cycle does not exist")
    for cycle in doc["cycles"]:
        cid = cycle["id"]
        if cid in seen:
            problems.append(f"cycle id {cid} repeated")
        seen.add(cid)
        prev = cycles.get(cycle["previous_cycle"]) if cycle["previous_cycle"] else None
        if cycle["previous_cycle"] and prev is None:
            problems.append(f"{cid}: previous cycle missing")
        expected = ["id", "name", "assessment_date", "previous_cycle"] + CYCLE_KEYS
        if cid == doc["current_cycle"]:
            expected += DELIVERABLE_KEYS + WORKSHOP_CLOCK_KEYS + WORKSHOP_ROOM_KEYS
        if list(cycle) != expected:
            problems.append(f"{cid}: keys {list(cycle)}")
        kinds_by_id = {}
        for key in LIST_ORDER:
            for item in cycle[key]:
                kinds_by_id[item["id"]] = LISTS[key][0]
        prev_kinds = {}
        if prev:
            for key in LIST_ORDER:
                for item in prev[key]:
                    prev_kinds[item["id"]] = LISTS[key][0]
        for name in ("statement", "relationship"):
            fields = SINGLETONS[name]
            if list(cycle[name]) != [f for f, _, _ in fields]:
                problems.append(f"{cid}/{name}: keys differ from the descriptor")
            for f, ftype, req in fields:
                check_value(f"{cid}/{name}/{f}", ftype, cycle[name][f], req, kinds_by_id, problems)
            if name == "statement" and not all(cycle[name].values()):
                problems.append(f"{cid}/statement: empty text")
        rel = cycle["relationship"]
        shares = rel["one_time_share_pct"] + rel["repeat_share_pct"] + rel["advanced_share_pct"]
        if abs(shares - 100.0) > 0.01:
            problems.append(f"{cid}: relationship shares add up to {shares}")
        if rel["promoters"] + rel["passives"] + rel["detractors"] != rel["csat_responses"]:
            problems.append(f"{cid}: survey counts disagree")
        for key in LIST_ORDER:
            kind, prefix, fields = LISTS[key]
            if not cycle[key]:
                problems.append(f"{cid}/{key}: empty list")
            for n, item in enumerate(cycle[key]):
                where = f"{cid}/{key}/{n} ({item.get('id')})"
                if list(item) != ["id", "origin_id"] + [f for f, _, _ in fields]:
                    problems.append(f"{where}: keys differ from the descriptor")
                    continue
                if not re.match(rf"^{prefix}-\d+$", item["id"]) or item["id"] in seen:
                    problems.append(f"{where}: id empty, malformed or used twice")
                seen.add(item["id"])
                if item["origin_id"]:
                    if prev_kinds.get(item["origin_id"]) != kind:
                        problems.append(f"{where}: origin {item['origin_id']} is not a {kind} "
                                        f"of the previous cycle")
                elif prev and any(p["id"] == item["id"] for p in prev[key]):
                    problems.append(f"{where}: reuses a previous id")
                for f, ftype, req in fields:
                    check_value(f"{where}/{f}", ftype, item[f], req, kinds_by_id, problems)
        # Domain rules the engine checks, or that the sample promises.
        owners = {i["id"]: i["target_date"] for i in cycle["segment_objectives"] + cycle["kpis"]}
        for m in cycle["milestones"]:
            if m["due"] and owners.get(m["owner_id"]) and m["due"] > owners[m["owner_id"]]:
                problems.append(f"{cid}/{m['id']}: due {m['due']} after owner's target date")
            if m["actual"] is not None and m["due"] > cycle["assessment_date"]:
                problems.append(f"{cid}/{m['id']}: actual recorded before the due date")
        for k in cycle["kpis"]:
            if k["measured_on"] and k["measured_on"] > cycle["assessment_date"]:
                problems.append(f"{cid}/{k['id']}: measured after the assessment date")
        origins = [i["origin_id"] for key in LIST_ORDER for i in cycle[key] if i["origin_id"]]
        if len(origins) != len(set(origins)):
            problems.append(f"{cid}: an item was carried over twice")
        linked = {a["objective_id"] for a in cycle["alignment"]}
        unlinked_objectives = [o["id"] for o in cycle["objectives"] if o["id"] not in linked]
        serving = {a["kpi_id"] for a in cycle["alignment"]}
        unlinked_kpis = [k["id"] for k in cycle["kpis"] if k["id"] not in serving]
        if len(unlinked_objectives) != 1 or not unlinked_kpis:
            problems.append(f"{cid}: expected one objective without KPI and some KPIs without "
                            f"objective, got {unlinked_objectives} / {unlinked_kpis}")
        if len({c_["area_key"] for c_ in cycle["capabilities"]}) != 11:
            problems.append(f"{cid}: not all eleven capability areas")
        seg_objs = {}
        for so in cycle["segment_objectives"]:
            seg_objs.setdefault(so["segment_id"], []).append(so)
        for s in cycle["segments"]:
            if not 2 <= len(seg_objs.get(s["id"], [])) <= 3:
                problems.append(f"{cid}: segment {s['id']} has {len(seg_objs.get(s['id'], []))} "
                                f"objectives")
    # Transactions.
    current = cycles[doc["current_cycle"]]
    csv_segments = {line[6] for line in csv_lines}
    names = {s["name"] for s in current["segments"]}
    if csv_segments != names:
        problems.append(f"CSV segments {sorted(csv_segments)} differ from {sorted(names)}")
    for cycle in doc["cycles"]:
        missing = {s["name"] for s in cycle["segments"]} - csv_segments
        if missing:
            problems.append(f"{cycle['id']}: segments missing in the CSV: {sorted(missing)}")
    returns = sum(1 for line in csv_lines if line[3] < 0)
    if not 0.02 <= returns / len(csv_lines) <= 0.04:
        problems.append(f"return share {returns / len(csv_lines):.3f}")
    totals = {}
    for cid, _, _, _, amount, cost, _ in csv_lines:
        t = totals.setdefault(cid, [0.0, 0.0])
        t[0] += amount
        t[1] += cost
    losers = [c for c, (a, co) in totals.items() if co > a]
    if not 3 <= len(losers) <= 20:
        problems.append(f"{len(losers)} loss-making customers")
    if not all(START <= line[1] <= END for line in csv_lines):
        problems.append("transaction date out of range")
    problems += compare_with_descriptors()
    return problems


def compare_with_descriptors():
    """Compares our field keys with the C++ descriptors, when the sources are present."""
    sources = [ROOT / "src/engine/model/descriptors_steps.cpp",
               ROOT / "src/engine/model/descriptors_later_steps.cpp"]
    if not all(p.exists() for p in sources):
        return []
    text = "\n".join(p.read_text(encoding="utf-8") for p in sources)
    var_to_json = {m.group(1): m.group(4) for m in re.finditer(
        r'auto\s+(\w+)\s*=\s*make\("(\w+)",\s*"(\w+)",\s*"(\w+)"', text)}
    problems = []
    found = set()
    for m in re.finditer(r"(\w+)\.fields\s*=\s*\{(.*?)\};", text, re.S):
        json_key = var_to_json.get(m.group(1))
        keys = re.findall(r'\b(?:text|longText|reference|referenceList|integer|rating|real|money|catalogKey|'
                          r'day|choice)\("(\w+)"', m.group(2))
        ours = ([f for f, _, _ in SINGLETONS[json_key]] if json_key in SINGLETONS else
                [f for f, _, _ in LISTS[json_key][2]] if json_key in LISTS else None)
        if ours is None:
            problems.append(f"descriptor list '{json_key}' is unknown to this script")
        elif ours != keys:
            problems.append(f"descriptor '{json_key}' has fields {keys}, script has {ours}")
        found.add(json_key)
    missing = (set(LISTS) | set(SINGLETONS)) - found
    if missing:
        problems.append(f"no descriptor found for {sorted(missing)}")
    return problems


# ---------------------------------------------------------------------------------------------

def action(aid, title, owner, due, status, kpi, objective, resource, cost, note, finding):
    return {"id": aid, "origin_id": "", "title": title, "owner": owner, "due": due,
            "status": status, "kpi_id": kpi, "objective_id": objective, "resource_id": resource,
            "cost": None if cost is None else money(cost), "note": note, "finding_id": finding}


def add_deliverables(cycle):
    """The 2026 workshop's action plan, narrative, cover and sign-off (JSON version 3 and later)."""
    cycle["actions"] = [
        action("act-101", "Choose a KPI for furniture and fit-out projects and link it to the "
               "objective", "Head of Sales", "2027-01-31", "in_progress", "", "obj-107", "", None,
               "Candidates: fit-out revenue per quarter, quotes won per month.",
               "objective_without_kpi:obj-107"),
        action("act-102", "Recovery plan for account churn: lapsing-list calls within ten days",
               "Commercial Director", "2027-02-28", "in_progress", "kpi-103", "obj-103",
               "res-108", None, "Exit-call routine pays for the call scripts and reason codes.",
               "attainment_off_track:kpi-103"),
        action("act-103", "Fix invoicing errors for co-working operators before the next renewal "
               "round", "Finance Director", "2027-03-31", "not_started", "kpi-112", "obj-103", "",
               3500, "", "ipa_concentrate_here:att-126"),
        action("act-104", "Link the webshop to the ERP for contract prices and live stock",
               "E-commerce Manager", "2027-06-30", "not_started", "kpi-108", "obj-105", "res-104",
               None, "", ""),
        action("act-105", "Train 42 sales, care-desk and account staff on the promise and their "
               "segment goals", "HR and Training Lead", "2027-04-30", "in_progress", "kpi-115",
               "obj-106", "res-102", None, "First two of six sessions held in November.", ""),
        action("act-106", "Delivery-window booking and arrival texts for small offices",
               "Logistics Manager", "2027-03-31", "blocked", "kpi-105", "obj-106", "res-106", None,
               "Waiting for the carrier to open its booking interface.",
               "attainment_off_track:kpi-105"),
        action("act-107", "Agree minimum order values with route-density rules",
               "Operations Director", "2026-10-31", "done", "kpi-114", "obj-104", "", 0,
               "Live since October.", ""),
        action("act-108", "Hire two account managers for co-working operators",
               "Commercial Director", "2027-02-28", "not_started", "", "obj-107", "res-107", 96000,
               "Cost is the first-year salary of both; the resource plan holds recruitment only.",
               ""),
    ]
    logo = base64.b64encode((OUT_DIR / "quillmere-logo.png").read_bytes()).decode("ascii")
    cycle["cover"] = {
        "title": "CRM strategy 2026: review and plan",
        "prepared_for": "Quillmere Office Supply: board and leadership team",
        "prepared_by": "Ingrid Castellano, workshop facilitator",
        "confidentiality": "Confidential: leadership team only. Do not forward.",
        "logo": "data:image/png;base64," + logo}
    texts = [
        ("nar-101", "summary",
         "The room agreed on one message for the board: **keep the accounts we have** before "
         "chasing new ones.\n\nThree things stood out:\n\n"
         "- churn is falling, but more slowly than planned;\n"
         "- invoicing errors cost us goodwill with *co-working operators*;\n"
         "- the webshop link to the ERP is the largest single investment.\n"),
        ("nar-102", "step-8",
         "The KPI owners confirmed every baseline in the room. Two figures are *estimates* until "
         "the new care-desk system reports them:\n\n1. first-contact resolution;\n"
         "2. complaints per 1,000 orders.\n"),
        ("nar-103", "action-plan",
         "Each action has **one owner** and a due date. Owners report progress at the quarterly "
         "review; anything *blocked* for more than a month comes back to the leadership team.\n"),
        ("nar-104", "closing",
         "The first quarterly review of the action plan is on **2027-03-15**; the next annual "
         "reset is planned for November 2027. Until then the budget of the resource plan is "
         "committed as listed in step 10.\n"),
    ]
    cycle["narratives"] = [{"id": i, "origin_id": "", "part": part, "text": text}
                           for i, part, text in texts]
    cycle["sign_off"] = [
        {"id": f"sig-10{n}", "origin_id": "", "name": name, "role": role, "signed_on": None}
        for n, (name, role) in enumerate([("Margaret Okafor", "Managing Director"),
                                          ("Tomasz Weller", "Commercial Director"),
                                          ("Aisha Rahman", "Finance Director")], start=1)]


def add_workshop_clock(cycle):
    """The 2026 workshop's agenda: the ten steps of a 3:00 workshop (the program's default split,
    engine/workshop/agenda_plan.cpp) and the time the step timer kept; step 11 for the reset."""
    planned = [15, 10, 20, 15, 20, 20, 20, 20, 15, 25]
    spent = [14 * 60 + 20, 9 * 60 + 5, 26 * 60 + 40, 13 * 60, 22 * 60 + 15, 19 * 60 + 30,
             17 * 60 + 45, 21 * 60 + 10, 12 * 60 + 35, 31 * 60 + 50]
    cycle["agenda"] = [{"id": f"agd-1{step:02d}", "origin_id": "", "step": step,
                        "planned_minutes": minutes, "spent_seconds": seconds}
                       for step, (minutes, seconds) in enumerate(zip(planned, spent), start=1)]
    # The annual reset had no slot: its time is kept per step.
    cycle["step_times"] = [{"id": "stt-101", "origin_id": "", "step": 11, "spent_seconds": 8 * 60}]


PARTICIPANTS = [  # id, name, role, department, perspective
    ("par-101", "Margaret Okafor", "Managing Director", "Management", "internal"),
    ("par-102", "Tomasz Weller", "Commercial Director", "Sales", "internal"),
    ("par-103", "Aisha Rahman", "Finance Director", "Finance", "internal"),
    ("par-104", "Priya Nair", "Head of Customer Care", "Service", "internal"),
    ("par-105", "Daniel Brooks", "IT and Webshop Manager", "IT", "internal"),
    ("par-106", "Helen Marsh", "Office manager at a key account (guest)", "Customer", "external"),
]

# (item, dimension, ratings of par-101.. in order). Each median rounds half up to the value the
# step holds, so the room's votes confirm the entered figures; the standard deviations (the
# population one, threshold 1.0 in the default profile) are worked out beside each line.
ROOM_RATINGS = [
    # collaboration 1,2,2,4,4,2: mean 2.5, squares 2.25+.25+.25+2.25+2.25+.25 = 7.5, sd 1.12
    ("cap-104", "current", [1, 2, 2, 4, 4, 2]),
    # data quality 2,3,5,4,2: mean 3.2, squares 1.44+.04+3.24+.64+1.44 = 6.8, sd 1.17
    ("cap-109", "current", [2, 3, 5, 4, 2]),
    # technology 3,3,4,3,2: mean 3, squares 0+0+1+0+1 = 2, sd 0.63
    ("cap-107", "current", [3, 3, 4, 3, 2]),
    # accurate invoicing 1,2,4,5,3,3: mean 3, squares 4+1+1+4+0+0 = 10, sd 1.29; no value agreed
    ("att-102", "performance", [1, 2, 4, 5, 3, 3]),
    # split invoices for co-working operators 4,4,5,4,3: mean 4, squares 0+0+1+0+1, sd 0.63
    ("pain-112", "severity", [4, 4, 5, 4, 3]),
]


def add_workshop_room(cycle):
    """The 2026 workshop's room: participants whose ratings disagree on some building blocks,
    the values agreed with reasons, evidence, a metric marked not applicable, the parking lot and
    the meetings scheduled until the next reset (JSON version 4)."""
    cycle["participants"] = [
        {"id": pid, "origin_id": "", "name": name, "role": role, "department": dept,
         "perspective": perspective} for pid, name, role, dept, perspective in PARTICIPANTS]
    ratings = []
    for item, dimension, values in ROOM_RATINGS:
        for (pid, *_), value in zip(PARTICIPANTS, values):
            ratings.append({"id": f"rat-{101 + len(ratings)}", "origin_id": "", "item_id": item,
                            "dimension": dimension, "participant_id": pid, "value": value})
    cycle["ratings"] = ratings
    cycle["consensus"] = [
        {"id": "con-101", "origin_id": "", "item_id": "cap-104", "dimension": "current",
         "value": 2,
         "reason": "Sales and the care desk still keep separate customer lists; the two higher "
                   "ratings counted the weekly account meeting, which has met only twice."},
        {"id": "con-102", "origin_id": "", "item_id": "cap-109", "dimension": "current",
         "value": 3,
         "reason": "Duplicates fell after the March clean-up, but a fifth of key-account "
                   "contacts still have no role recorded."},
    ]
    cycle["evidence"] = [
        {"id": "evi-101", "origin_id": "", "item_id": "cap-109",
         "text": "1,930 duplicate contacts merged in the March clean-up; 21% of key-account "
                 "contacts still have no role.",
         "source": "CRM data audit, March 2026", "file_reference": "CRM data audit March 2026.xlsx",
         "to_review": False},
        {"id": "evi-102", "origin_id": "", "item_id": "pain-102",
         "text": "41 invoices disputed in the third quarter; 29 of them did not match the "
                 "contract price.",
         "source": "Credit control log", "file_reference": "", "to_review": False},
        {"id": "evi-103", "origin_id": "", "item_id": "kpi-115",
         "text": "In the October staff survey 46% of 38 respondents could name their segment's "
                 "goals.",
         "source": "Inward survey 2026", "file_reference": "Staff survey October 2026.pdf",
         "to_review": True},
        {"id": "evi-104", "origin_id": "", "item_id": "obj-107",
         "text": "Three co-working operators have asked for fit-out quotes for the first half "
                 "of 2027.",
         "source": "Sales pipeline report", "file_reference": "", "to_review": True},
    ]
    cycle["exclusions"] = [
        {"id": "exc-101", "origin_id": "", "item_id": "met-114",
         "reason": "No longer steered on: the care desk now works to first-contact resolution."},
    ]
    cycle["parking_lot"] = [
        {"id": "prk-101", "origin_id": "", "step": 3,
         "text": "Should lapsed accounts get their exit call from the account manager or from "
                 "the care desk?", "raised_by": "Priya Nair", "closed": False, "resolution": ""},
        {"id": "prk-102", "origin_id": "", "step": 6,
         "text": "Split the public sector segment into schools and councils?",
         "raised_by": "Tomasz Weller", "closed": True,
         "resolution": "Not this year: too few council accounts to set targets of their own."},
        {"id": "prk-103", "origin_id": "", "step": 10,
         "text": "Can the webshop link to the ERP go live before the Christmas peak?",
         "raised_by": "Daniel Brooks", "closed": True,
         "resolution": "No: the switch-over is planned for February, after the peak."},
        {"id": "prk-104", "origin_id": "", "step": 11,
         "text": "Invite two key-account customers to next year's reset.",
         "raised_by": "Helen Marsh", "closed": False, "resolution": ""},
    ]
    board = "Margaret Okafor, Tomasz Weller, Aisha Rahman, Priya Nair, Daniel Brooks"
    review_agenda = ("Each action against its due date; the milestones due this quarter; "
                     "anything blocked for more than a month.")
    cycle["schedule"] = [
        {"id": "evt-101", "origin_id": "", "kind": "review",
         "title": "Quarterly review of the action plan", "day": "2027-03-15",
         "start_time": "09:00", "duration_minutes": 120, "location": "Board room, head office",
         "attendees": board, "agenda": review_agenda},
        {"id": "evt-102", "origin_id": "", "kind": "review",
         "title": "Quarterly review of the action plan", "day": "2027-06-14",
         "start_time": "09:00", "duration_minutes": 120, "location": "Board room, head office",
         "attendees": board, "agenda": review_agenda},
        {"id": "evt-103", "origin_id": "", "kind": "preparation",
         "title": "Reset preparation: this year's figures and the staff survey",
         "day": "2027-10-18", "start_time": "10:00", "duration_minutes": 90,
         "location": "Meeting room 2", "attendees": "Ingrid Castellano, Aisha Rahman, Priya Nair",
         "agenda": "Collect the KPI actuals, the survey results and the customer figures."},
        {"id": "evt-104", "origin_id": "", "kind": "reset", "title": "Annual strategy reset 2027",
         "day": "2027-11-15", "start_time": "09:00", "duration_minutes": 240,
         "location": "Board room, head office", "attendees": "Ingrid Castellano, " + board,
         "agenda": "Review 2027 against the plan and set the targets for 2028."},
    ]


def build():
    c2025 = build_2025()
    c2026 = build_2026(c2025)
    c2026_json = c2026.to_json()
    add_deliverables(c2026_json)
    add_workshop_clock(c2026_json)
    add_workshop_room(c2026_json)
    doc = {
        "format": "crm-workbench-assessment",
        "version": 6,
        "company": {"name": "Quillmere Office Supply", "facilitator": "Ingrid Castellano",
                    "industry": "Business-to-business office supplies distribution (regional)",
                    "currency": "EUR"},
        "current_cycle": c2026.id,
        # The transaction analysis checks the models on the last six months of the CSV.
        "customer_analysis": {"calibration_end": CALIBRATION_END},
        "profile": {"name": "Workbench default", "parameters": {}},
        "cycles": [c2025.to_json(), c2026_json],
    }
    csv_text, csv_lines = make_transactions()
    problems = self_check(doc, csv_lines)
    json_text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    return json_text, csv_text, problems, doc, csv_lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; fail if the files on disk differ from a fresh run")
    args = parser.parse_args()
    json_text, csv_text, problems, doc, csv_lines = build()
    if problems:
        for p in problems:
            print("problem:", p, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    if args.check:
        stale = [p for p, t in ((JSON_PATH, json_text), (CSV_PATH, csv_text))
                 if not p.exists() or p.read_text(encoding="utf-8") != t]
        for p in stale:
            print(f"out of date: {p.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    JSON_PATH.write_text(json_text, encoding="utf-8", newline="\n")
    CSV_PATH.write_text(csv_text, encoding="utf-8", newline="\n")
    for cycle in doc["cycles"]:
        counts = ", ".join(f"{k} {len(cycle[k])}" for k in LIST_ORDER)
        print(f"{cycle['name']}: {counts}")
    print(f"wrote {JSON_PATH.relative_to(ROOT)} and {CSV_PATH.relative_to(ROOT)} "
          f"({len(csv_lines)} transaction lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
