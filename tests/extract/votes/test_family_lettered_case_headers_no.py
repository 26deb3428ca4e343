"""Protocols that letter their cases in order ("a) Sak 51/26 - Title", "b. PS 12/26 Title", "C) FS-7/26 Title"): the
list letter is no part of the case header, each lettered case is a case of its own with its own number. A lettered
decision point inside a case ("a) Kommunestyret vedtek ...") opens no case. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_HEAD = {
    "nn": "Lidvik kommune\nSAKSPROTOKOLL - FORMANNSKAPET\n\n"
    "Møte:     Formannskapet\nDato:     onsdag 9. september 2026\n\n",
    "nb": "Åsvang kommune\nMØTEPROTOKOLL - FORMANNSKAPET\n\n"
    "Møte:     Formannskapet\nDato:     torsdag 5. mars 2026\n\n",
}


@pytest.mark.parametrize(
    ("language", "body", "cases"),
    [
        (
            "nn",
            "a) Sak 40/26 - Skulerute 2027/28\n   Handsaming: Samrøystes.\n   Vedtak: Skuleruta vert vedteken.\n\n"
            "b) Sak 41/26 - Gebyr for feiing\n   Handsaming: Vedteke med 4 mot 1 røyst.\n"
            "   Vedtak: Gebyra vert auka.\n",
            ["40/26", "41/26"],
        ),
        (
            "nb",
            "a. Sak 12/26 Vintervedlikehold av kommunale veier\n   Vedtak: Enstemmig vedtatt.\n\n"
            "b. Sak 13/26 Leie av lokaler til frivilligsentralen\n   Vedtak: Vedtatt med 5 mot 2 stemmer.\n",
            ["12/26", "13/26"],
        ),
        (
            "nb",
            "A) PS 7/26 Salg av tomt på Nordmoen\nVedtak: Enstemmig vedtatt.\n\n"
            "B) PS 8/26 Tilskudd til idrettslag\nVedtak: Vedtatt mot 1 stemme.\n",
            ["7/26", "8/26"],
        ),
        (
            "nn",
            "c) Sak 22/26 Kommunal planstrategi\n   Vedtak: Samrøystes vedteke.\n\n"
            "d) Sak 23/26 Søknad om skjenkeløyve\n   Vedtak: Samrøystes vedteke.\n",
            ["22/26", "23/26"],
        ),
        (
            "nb",
            "a) Sak 30/26 – Budsjettrevisjon 1. tertial\n   Votering: Enstemmig vedtatt.\n\n"
            "b) Sak 31/26 – Høring om regional plan\n   Votering: Vedtatt med 6 mot 1 stemme.\n",
            ["30/26", "31/26"],
        ),
    ],
)
def test_each_lettered_case_is_a_case_of_its_own(language: str, body: str, cases: list[str]) -> None:
    assert [r.case_number for r in votes(_HEAD[language] + body, language)] == cases


def test_lettered_points_of_a_decision_open_no_case() -> None:
    body = (
        "Sak 40/26 - Skulerute 2027/28\nVedtak:\na) Skuleruta vert vedteken.\nb) Haustferien vert flytta.\n"
        "Handsaming: Samrøystes.\n"
    )
    assert {r.case_number for r in votes(_HEAD["nn"] + body, "nn")} == {"40/26"}
