"""Helper used by the author to write gold files (gold/*.json are the source of truth)."""
import json, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def V(body, date, case, subject, outcome, unanimous=None, vf=None, va=None, ap=None,
      proposer=None, party=None, archive=None, casting=False):
    return {"body": body, "meeting_date": date, "case_number": case, "archive_case": archive,
            "subject": subject, "proposer": proposer, "proposer_party": party, "outcome": outcome,
            "unanimous": unanimous, "votes_for": vf, "votes_against": va,
            "against_parties": json.dumps(ap, ensure_ascii=False, separators=(",", ":")) if ap else None,
            "casting_vote": casting}

def P(city, mention, cc, relation, since=None):
    return {"city": city, "mention": mention, "partner_country": cc, "relation": relation, "since_year": since}

def N(network, mention, kind):
    return {"network": network, "mention": mention, "kind": kind}

def A(aid, title, status, ev):
    return {"action_id": aid, "title": title, "status": status, "status_evidence": ev}

def write(stem, municipality, country, doc_type, title, fa=(), pc=(), nw=(), votes=(), actions=(), notes=""):
    lang = stem.split("-")[0]
    g = {"document": {"source": stem + ".txt", "url": None, "municipality": municipality, "country": country,
                      "doc_type": doc_type, "language": lang, "title": title},
         "focus_areas": [{"ordinal": i + 1, "label": l} for i, l in enumerate(fa)],
         "partner_cities": list(pc), "networks": list(nw), "votes": list(votes), "actions": list(actions),
         "notes": notes}
    with open(os.path.join(HERE, "gold", stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
