"""Check a benchmark set's gold against its texts: python3 benchmarks/validate_gold.py benchmarks/heldout2"""

import datetime
import glob
import json
import os
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout")
REL = {"twin", "cooperation_agreement", "intention_agreement", "mou", "project_partner", "strategic_partner"}
KIND = {"city_network", "eu_programme", "organisation", "other"}
STAT = {"completed", "in_progress", "partly_completed", "paused", "not_started", "cancelled", "unknown"}
OUT = {"adopted", "rejected", "postponed", "noted"}
DT = {"strategy", "case_protocol", "evaluation", "report", "programme", "other"}
VKEYS = [
    "body",
    "meeting_date",
    "case_number",
    "archive_case",
    "subject",
    "proposer",
    "proposer_party",
    "outcome",
    "unanimous",
    "votes_for",
    "votes_against",
    "against_parties",
    "casting_vote",
]
errs = 0
tot = {"focus_areas": 0, "partner_cities": 0, "networks": 0, "votes": 0, "actions": 0}


def err(stem, msg):
    global errs
    errs += 1
    print(f"ERROR {stem}: {msg}")


def has(text, s, stem, what, exact=True):
    if s is None:
        return
    if s in text:
        return
    if not exact and s.lower() in text.lower():
        return
    err(stem, f"{what} not verbatim: {s!r}")


for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    stem = os.path.basename(gp)[:-5]
    tp = os.path.join(ROOT, "docs", stem + ".txt")
    if not os.path.exists(tp):
        err(stem, "no doc")
        continue
    text = open(tp, encoding="utf-8").read()
    try:
        g = json.load(open(gp, encoding="utf-8"))
    except Exception as e:
        err(stem, f"json: {e}")
        continue
    if not (1500 <= len(text) <= 8000):
        err(stem, f"length {len(text)}")
    d = g["document"]
    for k in ["municipality", "country", "doc_type", "language", "title"]:
        if not d.get(k):
            err(stem, f"document.{k} missing")
    if d["doc_type"] not in DT:
        err(stem, "doc_type")
    lang = stem.split("-")[0]
    if d["language"] != lang:
        err(stem, "language/stem mismatch")
    for k in tot:
        if not isinstance(g.get(k), list):
            err(stem, f"{k} not list")
        tot[k] += len(g[k])
    if not g.get("notes"):
        err(stem, "no notes")
    for f in g["focus_areas"]:
        has(text, f["label"], stem, "label")
    if [f["ordinal"] for f in g["focus_areas"]] != list(range(1, len(g["focus_areas"]) + 1)):
        err(stem, "ordinals")
    for p in g["partner_cities"]:
        has(text, p["mention"], stem, "mention")
        if p["relation"] not in REL:
            err(stem, f"relation {p['relation']}")
        if p["partner_country"] is not None and (len(p["partner_country"]) != 2 or not p["partner_country"].isupper()):
            err(stem, "cc")
        if p["since_year"] is not None and str(p["since_year"]) not in text:
            err(stem, f"since_year {p['since_year']} not in text")
    for n in g["networks"]:
        has(text, n["mention"], stem, "network mention")
        if n["kind"] not in KIND:
            err(stem, "kind")
    for v in g["votes"]:
        if list(v.keys()) != VKEYS:
            err(stem, f"vote keys {list(v.keys())}")
        has(text, v["subject"], stem, "subject")
        has(text, v["body"], stem, "body", exact=False)
        has(text, v["proposer"], stem, "proposer")
        has(text, v["proposer_party"], stem, "proposer_party")
        has(text, v["archive_case"], stem, "archive_case")
        if v["case_number"] and v["case_number"] not in text:
            err(stem, f"case_number {v['case_number']}")
        if v["outcome"] not in OUT:
            err(stem, "outcome")
        if v["meeting_date"]:
            datetime.date.fromisoformat(v["meeting_date"])
        if v["unanimous"] is True and v["votes_against"] != 0:
            err(stem, "unanimous but against!=0")
        if v["against_parties"]:
            ap = json.loads(v["against_parties"])
            for party in ap:
                has(text, party, stem, "against party")
            if v["votes_against"] is not None and sum(ap.values()) != v["votes_against"]:
                print(f"WARN {stem}: against_parties sum {sum(ap.values())} != {v['votes_against']}")
        if v["votes_against"] and v["unanimous"] is not False:
            err(stem, "against>0 but unanimous not false")
    for a in g["actions"]:
        has(text, a["title"], stem, "action title")
        has(text, a["status_evidence"], stem, "status_evidence")
        if a["action_id"]:
            has(text, a["action_id"], stem, "action_id")
        if a["status"] not in STAT:
            err(stem, "status")
    print(f"ok {stem}: {len(text)} chars, " + "/".join(str(len(g[k])) for k in tot))
print("TOTALS", tot, "errors", errs)
sys.exit(1 if errs else 0)
