"""A Danish step that only passes on a recommendation to take a matter for information ("Indstillingen
anbefales." under "indstiller, at budgetopfølgningen tages til efterretning") takes the case for
information: the row is about the case title, as a bare "Taget til efterretning." is
(models/votes/da.json `subjects.noted_refs`). An "Indstillingen" that adopts a recommendation deciding
something stays 'Indstillingen'.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\nMødedato: 18. marts 2026\n\n2. Budgetopfølgning pr. 31. januar 2026\nSagsnr.: 26/004512\n\n"


def _rows(body: str) -> list[tuple[str | None, str]]:
    return [(r.subject, r.outcome) for r in votes(HEAD + body, "da")]


@pytest.mark.parametrize(
    "body",
    [
        "Indstilling\nMagistraten indstiller, at budgetopfølgningen tages til efterretning.\n\nBeslutning i "
        "Magistraten den 9. marts 2026\nIndstillingen anbefales.\n",
        "Indstilling\nDirektøren indstiller, at budgetopfølgningen tages til efterretning.\n\nBehandling i "
        "Økonomiudvalget den 2. marts 2026\nIndstillingen tiltrådt.\n",
        "Indstilling:\nForvaltningen indstiller, at budgetopfølgningen tages til orientering.\n\nBeslutning i "
        "Økonomiudvalget den 10. marts 2026:\nIndstillingen blev godkendt.\n",
        "Indstilling\nDirektionen indstiller, at\nbudgetopfølgningen tages til efterretning.\n\nBeslutning i "
        "Økonomiudvalget den 4. marts 2026\nAnbefalingen tiltrådt.\n",
        "Indstilling\nKommunaldirektøren indstiller, at den samlede budgetopfølgning tages til efterretning.\n\n"
        "Beslutning i Økonomiudvalget den 11. marts 2026\nIndstillingen godkendt.\n",
    ],
)
def test_a_noting_step_naming_the_recommendation_is_about_the_case(body):
    rows = _rows(body)
    assert rows and all(row == ("Budgetopfølgning pr. 31. januar 2026", "noted") for row in rows)


@pytest.mark.parametrize(
    "body",
    [
        "Indstilling\nDirektionen indstiller, at der gives en tillægsbevilling på 2,4 mio. kr.\n\nBeslutning\n"
        "Indstillingen blev godkendt.\n",
        "Indstilling\nForvaltningen indstiller, at budgetrammen for 2027 godkendes.\n\nBeslutning\nIndstillingen "
        "godkendt med 22 stemmer for og 4 imod.\n",
    ],
)
def test_an_adopted_recommendation_voted_alone_is_about_the_case_too(body):
    assert _rows(body) == [("Budgetopfølgning pr. 31. januar 2026", "adopted")]
