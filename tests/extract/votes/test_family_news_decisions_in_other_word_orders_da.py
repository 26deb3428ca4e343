"""Danish news pages about a council meeting report its decisions in word orders the protocols rarely use: the
perfect tense ("Byrådet har enstemmigt godkendt ..."), the verb before the body after a fronted phrase ("Efter et
års forberedelse har byrådet godkendt ...", "Med 15 stemmer mod 12 besluttede byrådet at ..."), and a member's
proposal put by the member's title ("SF's byrådsmedlem Mette Vang foreslog, at ...") before its vote ("Forslaget
blev forkastet ..."). Each is one decision of the meeting the page reports: its counts, its unanimity, and for a
proposal its words and mover. Patterns: models/votes/da.json `clauses`, `proposal_declarations`. Look-alikes: a
perfect in a subordinate clause ("Når byrådet har godkendt planen, ...") or dated another year is no decision of
the meeting, and "Med stort flertal" gives no counts. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Nyheder\n\nNYT FRA BYRÅDET\nPubliceret fredag 5. juni 2026\n\n"
    "Byrådet holdt møde torsdag den 4. juni 2026. Her er et udpluk af beslutningerne.\n\n"
)


def _rows(body: str) -> list[tuple]:
    found = votes(HEAD + body + "\n", "da")
    return [(str(r.meeting_date), r.subject, r.outcome, r.votes_for, r.votes_against, r.unanimous) for r in found]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "VENSKABSBY\nEfter et års forberedelse har byrådet enstemmigt godkendt en venskabsbyaftale med en by i "
            "Litauen.",
            ("2026-06-04", "en venskabsbyaftale med en by i Litauen", "adopted", None, 0, True),
        ),
        (
            "NY HAL\nByrådet har vedtaget en ny hal ved skolen i Nørreby.",
            ("2026-06-04", "en ny hal ved skolen i Nørreby", "adopted", None, None, None),
        ),
        (
            "NY HAL\nI aftes har byrådet godkendt en ny hal ved skolen i Nørreby.",
            ("2026-06-04", "en ny hal ved skolen i Nørreby", "adopted", None, None, None),
        ),
        (
            "NY HAL\nMed 15 stemmer mod 12 besluttede byrådet at bygge en ny hal ved skolen.",
            ("2026-06-04", "at bygge en ny hal ved skolen", "adopted", 15, 12, False),
        ),
        (
            "NY HAL\nMed 15 stemmer for og 12 imod vedtog byrådet at bygge en ny hal ved skolen.",
            ("2026-06-04", "at bygge en ny hal ved skolen", "adopted", 15, 12, False),
        ),
    ],
)
def test_a_reported_decision_in_another_word_order(body: str, expected: tuple) -> None:
    assert _rows(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "NÆSTE SKRIDT\nNår byrådet har godkendt planen, sendes den i høring.",
        "BAGGRUND\nI 2023 har byrådet godkendt en plan for cykelstier.",
        "NY HAL\nMed stort flertal forventes byrådet at bygge en ny hal.",
    ],
)
def test_no_decision_of_the_meeting(body: str) -> None:
    assert _rows(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "GRATIS LEJE\nSF's byrådsmedlem Mette Vang foreslog, at alle haller får gratis leje fra 2028.\n"
            "Forslaget blev forkastet med 4 stemmer for og 23 imod.",
            ("alle haller får gratis leje fra 2028", "Mette Vang", "rejected"),
        ),
        (
            "BUSKORT\nEnhedslistens byrådsmedlem Ole Dam foreslog, at unge under 18 år kører gratis med bus.\n"
            "Forslaget blev forkastet med 2 stemmer for og 25 imod.",
            ("unge under 18 år kører gratis med bus", "Ole Dam", "rejected"),
        ),
        (
            "P-AFGIFT\nVenstres gruppeformand Lis Berg foreslog, at p-afgiften fjernes.\n"
            "Forslaget blev vedtaget med 14 stemmer mod 13.",
            ("p-afgiften fjernes", "Lis Berg", "adopted"),
        ),
        (
            "P-AFGIFT\nByrådsmedlem Ida Holm foreslog, at p-afgiften halveres.\nForslaget faldt med 9 stemmer mod 18.",
            ("p-afgiften halveres", "Ida Holm", "rejected"),
        ),
    ],
)
def test_a_members_proposal_by_title(body: str, expected: tuple) -> None:
    assert [(r.subject, r.proposer, r.outcome) for r in votes(HEAD + body + "\n", "da")] == [expected]
