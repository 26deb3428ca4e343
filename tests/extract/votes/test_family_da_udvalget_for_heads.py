"""A Danish protocol's head names its committee as "Udvalget for ...", and that committee decides every case below.

Committees named "Udvalget for Teknik og Miljø" / "Udvalget for Børn, Familie og Uddannelse" are the body of the
minutes like the compound names ("Teknik- og Miljøudvalget"); with the body known, the head's date line
("Tirsdag 19.05.2026 kl. 13.00, mødelokalet ...") dates the meeting.

Look-alikes: a committee named in a decision ("Sagen sendes til udvalget for kultur") is not the head's body, and
a head naming no body dates nothing from a bare date line (it may be the page's date).
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

CASES = (
    "Punkt 1  Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
    "Punkt 2  Tilskud til foreningslivet\nIndstilling: at der gives et tilskud på 50.000 kr.\n"
    "Beslutning: Godkendt enstemmigt.\n"
)


@pytest.mark.parametrize(
    ("head", "body", "date"),
    [
        (
            "Udvalget for Børn, Familie og Uddannelse\n\nReferat af ordinært møde\n"
            "Tirsdag 19.05.2026 kl. 13.00, mødelokalet i rådhuset\n\n",
            "Udvalget for Børn, Familie og Uddannelse",
            "2026-05-19",
        ),
        (
            "Testby Kommune\nUdvalget for Teknik og Miljø\nReferat\nMandag den 2.3.2026, Byrådssalen\n\n",
            "Udvalget for Teknik og Miljø",
            "2026-03-02",
        ),
        (
            "UDVALGET FOR KULTUR OG FRITID\nBeslutningsprotokol\nonsdag 14-01-2026 kl. 16:30\n\n",
            "Udvalget for kultur og fritid",
            "2026-01-14",
        ),
        (
            "Referat\nUdvalget for Erhverv & Turisme\nTorsdag, 5.2.2026\n\n",
            "Udvalget for Erhverv & Turisme",
            "2026-02-05",
        ),
        (
            "Testby Kommune\nReferat fra Udvalget for Sundhed og Ældre\n12. marts 2026 kl. 15.00\n\n",
            "Udvalget for Sundhed og Ældre",
            "2026-03-12",
        ),
    ],
)
def test_the_head_names_the_committee_and_dates_the_meeting(head: str, body: str, date: str) -> None:
    rows = votes(head + CASES, "da")
    assert len(rows) == 2
    assert {(r.body, str(r.meeting_date)) for r in rows} == {(body, date)}


def test_a_committee_named_in_a_decision_is_not_the_heads_body() -> None:
    text = "Byrådet\nReferat\nTirsdag 19.05.2026 kl. 19.00\n\n" + CASES.replace(
        "Godkendt enstemmigt.", "Godkendt enstemmigt. Sagen sendes til udvalget for kultur og fritid."
    )
    assert {r.body for r in votes(text, "da")} == {"Byrådet"}


def test_a_head_naming_no_body_dates_nothing_from_a_bare_date_line() -> None:
    rows = votes("Referat\nTirsdag 19.05.2026 kl. 19.00\n\n" + CASES, "da")
    assert rows and all(r.body is None and r.meeting_date is None for r in rows)
