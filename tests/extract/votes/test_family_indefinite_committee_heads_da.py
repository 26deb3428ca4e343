"""A Danish protocol's head names its body in the indefinite form ("Teknisk Udvalg - Referat", "Testby Byråd",
"Kultur- og Fritidsudvalg"), and that body dates the meeting on the head's date line.

The compound and "Udvalget for ..." heads were read (test_family_da_udvalget_for_heads); a committee named by an
adjective and "Udvalg" ("Teknisk Udvalg", "Økonomisk Udvalg"), a compound committee without its article and a
council named "Byråd"/"Kommunalbestyrelse" were not, so the head dated nothing and a later date (a step's, a
notice's) stood in for the meeting's.

Look-alikes: a committee named in lower case in the head ("møde i et særligt udvalg") names no body; a committee
named in a decision is no head body; a step inside a case ("Tidligere beslutninger / Teknisk Udvalg, 7. april
2026, pkt. 44: ...") does not move the date of the cases after it.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

CASES = (
    "12. Køreplan for bybusser 2027\nSags ID: 26-33104\nBeslutning\nGodkendt.\n\n"
    "13. Tilskud til foreningslivet\nIndstilling: at der gives et tilskud på 50.000 kr.\n"
    "Beslutning\nGodkendt enstemmigt.\n"
)


@pytest.mark.parametrize(
    ("head", "body", "date"),
    [
        (
            "VEJLE KOMMUNE\nTeknisk Udvalg - Referat\nMandag den 2. november 2026, kl. 08:00-11:15 | Rådhuset\n\n",
            "Teknisk Udvalg",
            "2026-11-02",
        ),
        ("Referat\nØkonomisk Udvalg\nTirsdag 14.04.2026 kl. 15.00, mødelokale 3\n\n", "Økonomisk Udvalg", "2026-04-14"),
        (
            "TESTBY KOMMUNE\nSOCIALT UDVALG\nBeslutningsprotokol, onsdag 3. juni 2026\n\n",
            "Socialt udvalg",
            "2026-06-03",
        ),
        ("Testby Byråd\nReferat af ordinært møde\n24-03-2026 kl. 19.00\n\n", "Byråd", "2026-03-24"),
        ("Referat - Kultur- og Fritidsudvalg\nTorsdag 5. februar 2026\n\n", "Kultur- og Fritidsudvalg", "2026-02-05"),
        ("Kommunalbestyrelse\nBeslutningsprotokol\n27.01.2026 kl. 17.00\n\n", "Kommunalbestyrelse", "2026-01-27"),
    ],
)
def test_an_indefinite_body_in_the_head_dates_the_meeting(head: str, body: str, date: str) -> None:
    rows = votes(head + CASES, "da")
    assert len(rows) == 2
    assert {(r.body, str(r.meeting_date)) for r in rows} == {(body, date)}


def test_a_committee_named_in_lower_case_in_the_head_names_no_body() -> None:
    rows = votes("Referat\nMøde i et særligt udvalg\nTirsdag 19.05.2026 kl. 19.00\n\n" + CASES, "da")
    assert rows and all(r.body is None and r.meeting_date is None for r in rows)


def test_a_committee_named_in_a_decision_is_not_the_heads_body() -> None:
    text = "Byrådet\nReferat\nTirsdag 19.05.2026 kl. 19.00\n\n" + CASES.replace(
        "Godkendt enstemmigt.", "Godkendt enstemmigt. Sagen sendes til orientering i Teknisk Udvalg."
    )
    assert {r.body for r in votes(text, "da")} == {"Byrådet"}


def test_an_earlier_step_inside_a_case_keeps_the_meetings_date_for_the_cases_after_it() -> None:
    text = (
        "Teknisk Udvalg - Referat\nMandag den 2. november 2026, kl. 08:00\n\n"
        "14. Ny parkeringsnorm for boliger i midtbyen\nTidligere beslutninger\n"
        "Teknisk Udvalg, 7. april 2026, pkt. 44: Godkendt at sende udkastet i\nhøring.\n"
        "Beslutning\nGodkendt.\n\n15. Udskiftning af vejbelysning til LED, etape 3\nBeslutning\nUdsat.\n"
    )
    rows = votes(text, "da")
    assert [(r.case_number, r.outcome, str(r.meeting_date)) for r in rows] == [
        ("14", "adopted", "2026-11-02"),
        ("15", "postponed", "2026-11-02"),
    ]
