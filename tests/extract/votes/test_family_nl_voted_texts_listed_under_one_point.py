"""Family: a vote-result page listing several voted texts under one agenda point (nl).

Under "Agendapunt 5 - Kadernota" a results page prints each voted text on a line of its own, by its kind and label
("Amendement 5A (GroenLinks) - Titel", "Motie 5B (CDA) - Titel", "Raadsvoorstel Kadernota"), and right under it
the result field with its counts, often in columns the normaliser narrows to one space ("Uitslag: verworpen
Voor: 9 Tegen: 18"). Each voted text is a row of that point, named as its line writes it, with its own counts:
the counts of one text never add to the next. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Noorderveld - Raadsinformatie\nStemmingsuitslagen gemeenteraad donderdag 12 maart 2026\n\n"


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            "Agendapunt 5 - Kadernota 2027\n  Amendement 5A (GroenLinks) - Meer geld voor groen\n"
            "    Uitslag: verworpen  Voor: 9  Tegen: 18\n  Motie 5B (CDA) - Behoud van het zwembad\n"
            "    Uitslag: aangenomen  Voor: 15  Tegen: 12\n  Raadsvoorstel Kadernota 2027\n"
            "    Uitslag: aangenomen  Voor: 20  Tegen: 7\n",
            [
                ("Amendement 5A (GroenLinks) - Meer geld voor groen", "rejected", 9, 18),
                ("Motie 5B (CDA) - Behoud van het zwembad", "adopted", 15, 12),
                ("Raadsvoorstel Kadernota 2027", "adopted", 20, 7),
            ],
        ),
        (
            "Agendapunt 3 - Omgevingsvisie\n    Motie M1 (SP) – Betaalbare huurwoningen eerst\n"
            "        Uitslag: aangenomen   Voor: 14   Tegen: 13\n"
            "        Tegen: VVD (6), CDA (4), JA21 (3)\n    Raadsvoorstel Omgevingsvisie Noorderveld\n"
            "        Uitslag: aangenomen   Voor: 25   Tegen: 2\n",
            [
                ("Motie M1 (SP) – Betaalbare huurwoningen eerst", "adopted", 14, 13),
                ("Raadsvoorstel Omgevingsvisie Noorderveld", "adopted", 25, 2),
            ],
        ),
        (
            "Agendapunt 11 - Begroting 2027\n  Subamendement A2.1 (D66) - Geen hogere parkeertarieven\n"
            "    Uitslag: verworpen Voor: 6 Tegen: 21\n  Amendement A2 (CDA) - Investeren in de dorpshuizen\n"
            "    Uitslag: aangenomen Voor: 17 Tegen: 10\n",
            [
                ("Subamendement A2.1 (D66) - Geen hogere parkeertarieven", "rejected", 6, 21),
                ("Amendement A2 (CDA) - Investeren in de dorpshuizen", "adopted", 17, 10),
            ],
        ),
        (
            "Agendapunt 9 - Motie vreemd aan de orde\n  Motie vreemd aan de orde 9B (PvdA) - Warme maaltijd op school\n"
            "    Uitslag: verworpen, 11 voor / 16 tegen\n",
            [("Motie vreemd aan de orde 9B (PvdA) - Warme maaltijd op school", "rejected", 11, 16)],
        ),
        (
            "Agendapunt 6 - Sportnota\n  Motie 'Gratis sporten voor minima' (ChristenUnie)\n"
            "    Uitslag: aangenomen  Voor: 22  Tegen: 5\n  Raadsvoorstel Sportnota 2026-2030\n"
            "    Uitslag: aangenomen met algemene stemmen\n",
            [
                ("Motie Gratis sporten voor minima", "adopted", 22, 5),
                ("Raadsvoorstel Sportnota 2026-2030", "adopted", None, 0),
            ],
        ),
    ],
)
def test_each_listed_voted_text_is_a_row_with_its_own_counts(block, expected):
    rows = votes(HEAD + block, "nl")
    assert [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows] == expected


@pytest.mark.parametrize(
    "note",
    [
        "Toelichting\nMotie 5B (CDA) is na het amendement in stemming gebracht.\n",
        "Toelichting\n- Motie 5B (CDA) - Behoud van het zwembad is mede ondertekend door de SP.\n",
        "Motie 5C (VVD) - Minder regels voor ondernemers\n  De motie wordt in de volgende vergadering behandeld.\n",
    ],
)
def test_a_motion_line_without_a_result_field_under_it_is_no_row(note):
    block = "Agendapunt 5 - Kadernota 2027\n  Raadsvoorstel Kadernota 2027\n"
    block += "    Uitslag: aangenomen  Voor: 20  Tegen: 7\n\n"
    rows = votes(HEAD + block + note, "nl")
    assert [(r.subject, r.votes_for, r.votes_against) for r in rows] == [("Raadsvoorstel Kadernota 2027", 20, 7)]


def test_a_result_field_under_the_point_alone_keeps_the_point_title():
    block = "Agendapunt 8 - Regionale energiestrategie\n    Uitslag: aangenomen  Voor: 23  Tegen: 4\n"
    (row,) = votes(HEAD + block, "nl")
    assert (row.subject, row.votes_for, row.votes_against) == ("Regionale energiestrategie", 23, 4)
