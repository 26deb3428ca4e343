"""A Danish recommendation that names nothing but the briefing itself ("at orienteringen tages til
efterretning") does not say what was decided: a bare decision under it ("Godkendt.", "Taget til
efterretning.") is about the case title. A recommendation naming its matter ("at regnskabet tages til
efterretning") stays the subject of an approval ("Godkendt."); a bare noting ("Taget til efterretning.")
notes the case, and an approval of several points adopts the case: the case title.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Økonomiudvalget\nMødedato: 12. marts 2025\n\n31. Orientering om status på sygefravær 2024\n\n"


def _rows(body: str) -> list[tuple[str | None, str]]:
    return [(r.subject, r.outcome) for r in votes(HEAD + body, "da")]


@pytest.mark.parametrize(
    "body",
    [
        "Indstilling\nDirektionen indstiller, at orienteringen tages til efterretning.\n\nBeslutning\nGodkendt.\n",
        "Indstilling:\nForvaltningen indstiller, at sagen tages til orientering.\n\nBeslutning:\nTaget til "
        "efterretning.\n",
        "Indstilling\nAdministrationen indstiller over for udvalget, at redegørelsen tages til efterretning\n\n"
        "Beslutning\nAnbefales.\n",
        "Indstilling:\nat meddelelsen tages til efterretning.\n\nBeslutning:\nTaget til efterretning.\n",
        "Indstilling\nKommunaldirektøren indstiller, at status tages til orientering.\n\nBeslutning\nGodkendt uden "
        "bemærkninger.\n",
    ],
)
def test_a_recommendation_naming_nothing_gives_the_case_title(body):
    assert _rows(body) == [("Orientering om status på sygefravær 2024", "noted")]


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Indstilling\nDirektionen indstiller, at regnskabet tages til efterretning.\n\nBeslutning\nGodkendt.\n",
            "at regnskabet tages til efterretning.",
        ),
        (
            "Indstilling:\nat sygefraværsstatistikken tages til orientering.\n\nBeslutning:\nAnbefales.\n",
            "at sygefraværsstatistikken tages til orientering.",
        ),
    ],
)
def test_a_recommendation_naming_its_matter_stays_the_subject_of_an_approval(body, subject):
    assert [s for s, _ in _rows(body)] == [subject]


@pytest.mark.parametrize(
    "body",
    [
        "Indstilling:\nat sygefraværsstatistikken tages til orientering.\n\nBeslutning:\nTaget til efterretning.\n",
        "Indstilling\nForvaltningen indstiller, at:\n1. orienteringen tages til efterretning\n2. der afsættes "
        "0,5 mio. kr. til en indsats\n\nBeslutning\nGodkendt.\n",
    ],
)
def test_a_bare_noting_or_an_approval_of_several_points_is_about_the_case_title(body):
    assert [s for s, _ in _rows(body)] == ["Orientering om status på sygefravær 2024"]
