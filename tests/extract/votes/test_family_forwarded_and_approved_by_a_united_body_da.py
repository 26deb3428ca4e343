"""Two Danish ways to write a passed decision: a budget or case forwarded to its next reading or to the body that
decides it ("Budgetforslaget for 2027-2030 blev enstemmigt oversendt til 2. behandling", "Sagen blev oversendt til
Byrådet til endelig godkendelse") is adopted; an approval by a united body written after the verb ("blev godkendt
af et enigt byråd", "vedtaget af en samlet kommunalbestyrelse") is unanimous. Look-alikes: a complaint forwarded to
an authority ("Klagen blev oversendt til Ankestyrelsen.") decides nothing; a case sent back is postponed; an
approval by a named body ("godkendt af Økonomiudvalget") is not unanimous.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Kommunalbestyrelsen\nMødedato: 21-09-2026\n\n12. Budget 2027-2030, 1. behandling\nBeslutning\n"


def _rows(body: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.unanimous) for r in votes(HEAD + body + "\n", "da")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Budgetforslaget for 2027-2030 blev enstemmigt oversendt til 2. behandling den 7. oktober.",
            ("Budgetforslaget for 2027-2030", "adopted", True),
        ),
        ("Budgetforslaget blev oversendt til anden behandling.", ("Budgetforslaget", "adopted", None)),
        ("Budgettet er sendt videre til andenbehandling.", ("Budget 2027-2030, 1. behandling", "adopted", None)),
        (
            "Sagen blev oversendt til Byrådet til endelig godkendelse.",
            ("Budget 2027-2030, 1. behandling", "adopted", None),
        ),
    ],
)
def test_a_case_forwarded_to_its_next_reading_is_adopted(body, expected):
    assert _rows(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "Anlægsbevillingen til cykelstien langs Vejlegårdsvej blev godkendt af et enigt kommunalbestyrelse.",
        "Anlægsbevillingen til cykelstien langs Vejlegårdsvej blev godkendt af et enigt byråd.",
        "Anlægsbevillingen til cykelstien langs Vejlegårdsvej blev vedtaget af en samlet kommunalbestyrelse.",
        "Anlægsbevillingen til cykelstien langs Vejlegårdsvej er godkendt af et samlet økonomiudvalg.",
    ],
)
def test_an_approval_by_a_united_body_is_unanimous(body):
    assert [(outcome, unanimous) for _, outcome, unanimous in _rows(body)] == [("adopted", True)]


def test_an_approval_by_a_named_body_is_not_unanimous():
    rows = _rows("Anlægsbevillingen til cykelstien blev godkendt af Økonomiudvalget.")
    assert [(outcome, unanimous) for _, outcome, unanimous in rows] == [("adopted", None)]


def test_a_complaint_forwarded_to_an_authority_is_no_decision():
    assert [
        o for _, o, _ in _rows("Klagen blev oversendt til Ankestyrelsen. Sagen blev sendt tilbage til udvalget.")
    ] == ["postponed"]
