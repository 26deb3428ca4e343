"""A Danish committee may postpone a case by saying what it will do, in the active voice and without 'udsat':
it resumes the case at a later meeting ("Udvalget ... genoptager den på næste møde") or wants the case shed more
light on first ("Udvalget ønsker sagen belyst med ulykkestal"). Such a step is its own postponed row, dated and
numbered by its step header (models/votes/da.json `block_outcomes`, postponed). Look-alikes: a case text saying
an earlier matter was resumed, and a plain "Til efterretning." decision, postpone nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Kommunalbestyrelsen\nBeslutningsprotokol\nMandag den 18. maj 2026\n\n"


def _case(step: str) -> str:
    return (
        HEAD + "Pkt. 65  Orientering om trafiksikkerhed ved skolerne\n"
        "Sagsnr. 26/1020\n"
        "Historik\n"
        "Børne- og Ungeudvalget 04.05.2026, pkt. 31:\n"
        f"  {step}\n"
        "Beslutning (Kommunalbestyrelsen 18.05.2026):\n"
        "Til efterretning.\n"
    )


@pytest.mark.parametrize(
    "step",
    [
        "Udvalget ønsker sagen belyst med ulykkestal for 2025 og genoptager\n  den på næste møde.",
        "Udvalget genoptager sagen på næste møde.",
        "Udvalget ønsker sagen yderligere belyst.",
        "Udvalget ønskede punktet nærmere undersøgt, før der tages stilling.",
        "Udvalget tager sagen op igen, når høringssvarene foreligger.",
        "Udvalget tog sagen op på næste møde efter ønske fra V.",
    ],
)
def test_a_committee_saying_it_resumes_the_case_later_postpones_it(step):
    rows = votes(_case(step), "da")
    assert [(r.body, r.case_number, r.outcome) for r in rows] == [
        ("Børne- og Ungeudvalget", "31", "postponed"),
        ("Kommunalbestyrelsen", "65", "noted"),
    ]


def test_a_committee_that_recommends_is_not_postponing():
    rows = votes(_case("Anbefales over for Kommunalbestyrelsen."), "da")
    assert [(r.body, r.outcome) for r in rows] == [
        ("Børne- og Ungeudvalget", "adopted"),
        ("Kommunalbestyrelsen", "noted"),
    ]


def test_a_noting_decision_alone_stays_noted():
    text = HEAD + "Pkt. 66  Status på klimaplanen\nBeslutning:\nTil efterretning.\n"
    assert [(r.case_number, r.outcome) for r in votes(text, "da")] == [("66", "noted")]
