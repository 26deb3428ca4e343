"""A Danish committee step whose own item number stands in brackets after its date ("Beslutning i Økonomiudvalget
den 16. februar 2026 (pkt. 31):") is a step like one written with a comma: a row for that committee, with its own
date and item number, besides the council's final decision. Look-alikes: a background sentence giving an earlier
decision's date and item in brackets is no step and no row, and a step without an item number keeps the case's.
All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

CASE = (
    "Byrådet\n\nMødedato: 25. februar 2026\n\n"
    "2. Anlægsbevilling til ny hal\nDirektionen indstiller, at der gives en anlægsbevilling på 12 mio. kr.\n\n"
)
FINAL = "Beslutning i Byrådet den 25. februar 2026:\nGodkendt.\n"


def _rows(text: str) -> list[tuple]:
    return [(r.body, str(r.meeting_date)[:10], r.case_number, r.outcome) for r in votes(text, "da")]


@pytest.mark.parametrize(
    ("step", "body", "date", "case"),
    [
        (
            "Beslutning i Økonomiudvalget den 16. februar 2026 (pkt. 31):\nAnbefales.\n",
            "Økonomiudvalget",
            "2026-02-16",
            "31",
        ),
        (
            "Behandling i Plan- og Miljøudvalget den 9. februar 2026 (punkt 22)\nAnbefales, idet Ø stemmer imod.\n",
            "Plan- og Miljøudvalget",
            "2026-02-09",
            "22",
        ),
        (
            "Beslutning i Børne- og Uddannelsesudvalget den 02-02-2026 (sag nr. 14):\nAnbefales over for Byrådet.\n",
            "Børne- og Uddannelsesudvalget",
            "2026-02-02",
            "14",
        ),
        (
            "Beslutning Teknik- og Miljøudvalget den 5. februar 2026 (pkt. 7)\nIndstillingen anbefales.\n",
            "Teknik- og Miljøudvalget",
            "2026-02-05",
            "7",
        ),
        (
            "Beslutning i Kultur- og Fritidsudvalget den 3. februar 2026 (Pkt. 118):\nAnbefales enstemmigt.\n",
            "Kultur- og Fritidsudvalget",
            "2026-02-03",
            "118",
        ),
    ],
)
def test_a_step_with_its_item_number_in_brackets_is_a_row_of_its_own(step, body, date, case):
    rows = _rows(CASE + step + FINAL)
    assert rows[0] == (body, date, case, "adopted")
    assert rows[-1] == ("Byrådet", "2026-02-25", "2", "adopted")
    assert len(rows) == 2


def test_a_background_sentence_with_an_earlier_item_in_brackets_is_no_step():
    background = "Kommunalbestyrelsen vedtog den 28. januar 2026 (pkt. 7) at sende forslaget i høring.\n\n"
    assert _rows(CASE + background + FINAL) == [("Byrådet", "2026-02-25", "2", "adopted")]


def test_a_step_without_an_item_number_keeps_the_cases_number():
    step = "Beslutning i Økonomiudvalget den 16. februar 2026:\nAnbefales.\n"
    assert _rows(CASE + step + FINAL)[0] == ("Økonomiudvalget", "2026-02-16", "2", "adopted")
