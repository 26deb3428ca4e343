"""A Danish case that passes several bodies (fagudvalg, Økonomiudvalget, Byrådet, each a step with its own
date) is named by its title at each of them: a step or final decision that names nothing ("Anbefales.",
"Godkendt.") is about the case title, not the recommendation's sentence above the first step
(models/votes/da.json `step_subject_from`). One body's own bare decision beside the recommendation is about
the title too (`generic_subject_from`), and so is a step that sends the case back in words of its own.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Kommunalbestyrelsen\nMødedato: 26. februar 2026\n\n14. Salg af grund, Møllevej 3\nSagsnr.: 26/1180\n\n"
RECOMMENDATION = "Indstilling\nDirektionen indstiller, at grunden udbydes til salg med mindstepris 1,2 mio. kr.\n\n"
TITLE = "Salg af grund, Møllevej 3"


def _rows(body: str) -> list[tuple[str | None, str | None, str]]:
    return [(r.body, r.subject, r.outcome) for r in votes(HEAD + RECOMMENDATION + body, "da")]


@pytest.mark.parametrize(
    "steps",
    [
        "Beslutning i Økonomiudvalget den 17. februar 2026:\nAnbefales.\n\n"
        "Beslutning i Kommunalbestyrelsen den 26. februar 2026:\nGodkendt.\n",
        "Økonomiudvalget, 17. februar 2026, pkt. 31:\nAnbefales over for Kommunalbestyrelsen.\n\n"
        "Kommunalbestyrelsen, 26. februar 2026, pkt. 14:\nGodkendt.\n",
        "Behandling i Økonomiudvalget den 17-02-2026, pkt. 31\nAnbefales.\n\nBeslutning i Kommunalbestyrelsen den "
        "26-02-2026\nVedtaget.\n",
        "Beslutning i Teknik- og Miljøudvalget den 9. februar 2026\nAnbefales.\n\nBeslutning i Økonomiudvalget den 17. "
        "februar 2026\nAnbefales.\n\nBeslutning i Kommunalbestyrelsen den 26. februar 2026\nGodkendt.\n",
        "Økonomiudvalget den 17.02.2026:\nEnstemmigt anbefalet over for Kommunalbestyrelsen.\n\n"
        "Kommunalbestyrelsen den 26.02.2026:\nGodkendt uden afstemning.\n",
    ],
)
def test_each_step_of_a_stepped_case_is_about_its_title(steps):
    rows = _rows(steps)
    assert len(rows) >= 2 and all(subject == TITLE and outcome == "adopted" for _, subject, outcome in rows)


def test_one_bodys_own_decision_beside_the_recommendation_is_about_the_case():
    (row,) = _rows("Beslutning\nGodkendt.\n")
    assert row[1] == TITLE


def test_a_step_sending_the_case_back_in_words_of_its_own_is_about_the_case():
    rows = _rows(
        "Beslutning i Økonomiudvalget den 17. februar 2026:\nSagen sendes tilbage til administrationen med henblik "
        "på en ny vurdering af mindsteprisen.\n"
    )
    assert [(b, o) for b, _, o in rows] == [("Økonomiudvalget", "postponed")]
    assert rows[0][1] == TITLE
