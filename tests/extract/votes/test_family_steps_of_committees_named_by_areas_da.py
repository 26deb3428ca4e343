"""A committee step of a body named by its areas, listed with commas ("Beslutning i Udvalget for Klima, Natur og
Miljø den 8. juni 2026, pkt. 77"), is a step of that committee on its own date, also when the step's decision
("Anbefales.") stands on the header's line (a wrapped text joins the two).

The step body "Udvalget for ..." stopped at the first comma, so a header carrying its decision on its line was
no step and the committee's row was lost.

Look-alikes: the same committees listed in a "Sagen skal behandles i:" line or in prose are no step.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Byrådet\nReferat fra mødet den 24. juni 2026\n\nPkt. 112  Revision af Klimahandleplan 2026-2030\nSag: 25/31009\n"
)
COUNCIL = "Beslutning i Byrådet den 24. juni 2026\nGodkendt med 29 stemmer for. Imod stemte 2 (Ø).\n"


@pytest.mark.parametrize(
    ("step", "body", "date"),
    [
        (
            "Beslutning i Udvalget for Klima, Natur og Miljø den 8. juni 2026, pkt. 77 Anbefales.\n",
            "Udvalget for Klima, Natur og Miljø",
            "2026-06-08",
        ),
        (
            "Beslutning i Udvalget for Børn, Unge og Familie den 02.06.2026, pkt. 41\nAnbefales.\n",
            "Udvalget for Børn, Unge og Familie",
            "2026-06-02",
        ),
        (
            "Beslutning i Udvalget for Erhverv, Turisme og Kultur den 3. juni 2026, punkt 12: Anbefales.\n",
            "Udvalget for Erhverv, Turisme og Kultur",
            "2026-06-03",
        ),
        (
            "Udvalget for Sundhed, Ældre og Omsorg, 9. juni 2026, pkt. 30: Anbefales over for Byrådet.\n",
            "Udvalget for Sundhed, Ældre og Omsorg",
            "2026-06-09",
        ),
        (
            "Behandlet i Udvalget for Teknik, Miljø og Klima den 10-06-2026, pkt. 8 Anbefales.\n",
            "Udvalget for Teknik, Miljø og Klima",
            "2026-06-10",
        ),
    ],
)
def test_a_step_of_a_committee_named_by_its_areas_is_its_own_row(step: str, body: str, date: str) -> None:
    rows = votes(HEAD + "Resumé: Planen revideres hvert andet år.\n\n" + step + "\n" + COUNCIL, "da")
    assert [(r.body, str(r.meeting_date), r.outcome) for r in rows] == [
        (body, date, "adopted"),
        ("Byrådet", "2026-06-24", "adopted"),
    ]


def test_the_committees_a_case_passes_through_are_no_step() -> None:
    text = (
        HEAD + "Sagen skal behandles i: Udvalget for Klima, Natur og Miljø,\nØkonomiudvalget, Byrådet\n"
        "Resumé: Sagen har været drøftet i Udvalget for Klima, Natur og Miljø, den 8. juni 2026.\n\n" + COUNCIL
    )
    assert [(r.body, str(r.meeting_date)) for r in votes(text, "da")] == [("Byrådet", "2026-06-24")]
