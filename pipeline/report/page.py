"""Assemble the report page: section data and charts from a run's tables, rendered by one Jinja template.

Autoescaping is on for every value: evidence sentences come from the documents and are untrusted text.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
from jinja2 import Environment, PackageLoader, StrictUndefined

from pipeline.dataset.rows import OUTCOMES, RELATIONS, STATUSES
from pipeline.report import charts, sections
from pipeline.report.sections import Locate

TEMPLATE = "report.html.j2"
TIMELINE_ROWS = 60  # beyond this the timeline stops being readable; the table below still lists every row


def _timeline_end(info: dict) -> int:
    """The year the run finished: partnerships are drawn as lasting until then."""
    try:
        return datetime.fromisoformat(info["finished_utc"]).year
    except (KeyError, TypeError, ValueError):
        return datetime.now(UTC).year


def build(tables: dict[str, pd.DataFrame], info: dict, locate: Locate) -> dict:
    """Everything the template shows, charts included; a chart is None where its table is empty."""
    documents = tables["documents"]
    rows = {
        name: sections.with_sources(sections.records(frame), documents)
        for name, frame in tables.items()
        if name != "documents"
    }
    corpus = sections.corpus(documents)
    partners = rows["partner_cities"]
    placed = sections.partner_map(partners, documents, locate)
    dated = sections.since_years(partners)
    votes = rows["votes"]
    reach = sections.network_reach(rows["networks"])
    outcomes = sections.outcomes_by_body(votes)
    against = sections.parties_against(votes)
    statuses = sections.action_status(rows["actions"])
    return {
        "info": info,
        "rows": rows,
        "corpus": corpus,
        "corpus_chart": charts.facet_bars(corpus["facets"]) if corpus["n_read"] else None,
        "partner_map": placed,
        "partner_map_chart": charts.partner_map(placed["lines"], RELATIONS) if placed["lines"] else None,
        "since_hidden": max(len(dated) - TIMELINE_ROWS, 0),
        "since_chart": charts.since_timeline(dated[:TIMELINE_ROWS], RELATIONS, _timeline_end(info)) if dated else None,
        "network_chart": charts.ranked_bars(reach, "municipalities naming the network") if reach else None,
        "network_matrix": sections.network_matrix(rows["networks"]),
        "outcome_chart": charts.stacked_bars(outcomes, OUTCOMES, "votes") if outcomes else None,
        "unanimity": sections.unanimity(votes),
        "against_chart": charts.ranked_bars(against, "votes with members voting against") if against else None,
        "inconsistent_votes": sections.inconsistent_votes(votes),
        "action_chart": charts.stacked_bars(statuses, STATUSES, "actions") if statuses else None,
        "vote_word_gaps": sections.vote_word_gaps(info.get("coverage") or [], documents),
        "coverage_not_applicable": info.get("coverage_not_applicable") or [],
        "silent_documents": sections.silent_documents(tables),
        "pulls": info.get("pulls") or [],
    }


def render(context: dict) -> str:
    """The report as one HTML string."""
    env = Environment(
        loader=PackageLoader("pipeline.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template(TEMPLATE).render(**context)
