"""Danish decisions that name nothing ("Godkendt.", "Til orientering."): the row is about what was
recommended.

The subject is the recommendation's first sentence without who recommends it ("at årsberetningen tages
til efterretning"), or its first numbered point; the numbered item's title when the item has no
recommendation; never the outcome word, a generic noun ("Orienteringen", "Sagen") or the label
"Beslutning". Taking a matter for information is `noted`
only when that is the whole decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = "Økonomiudvalget - Beslutningsprotokol\n\nMødedato: 9. april 2024\n\n"


def _rows(text: str) -> list[tuple]:
    return [(r.case_number, r.outcome, r.subject) for r in votes(MEETING + text, "da")]


@pytest.mark.parametrize(
    ("item", "decision", "outcome"),
    [
        ("14. Anlægsbevilling til ny daginstitution i Nordby", "Beslutning\nGodkendt.", "adopted"),
        ("Punkt 15. Salg af erhvervsgrund ved Industrivej", "Beslutning:\nTiltrådt.", "adopted"),
        ("16. Kvartalsrapport for 1. kvartal", "Beslutning: Taget til efterretning.", "noted"),
        ("17. Status på klimahandleplanen", "Afgørelse\nTil orientering.", "noted"),
        ("18. Tilsynsrapporter fra plejecentrene", "Beslutning\nOrienteringen blev taget til efterretning.", "noted"),
        ("19. Takstblad for svømmehallerne", "Beslutning\nAnbefales.", "adopted"),
        ("20. Gadenavne i nyt boligområde", "Beslutning:\nSagen blev taget til efterretning.", "noted"),
    ],
)
def test_a_generic_decision_without_a_recommendation_is_about_the_items_title(item, decision, outcome):
    number, title = item.removeprefix("Punkt ").split(". ", 1)
    assert _rows(f"{item}\n\n{decision}\n") == [(number, outcome, title)]


@pytest.mark.parametrize(
    "decision",
    ["Beslutning\nGodkendt.", "Beslutning:\nAnbefales godkendt.", "Beslutning:\nTiltrådt.", "Beslutning\nAnbefales."],
)
def test_an_approval_under_a_recommendation_is_about_what_was_recommended(decision):
    proposal = "Forvaltningen indstiller, at årsberetningen tages til efterretning."
    rows = _rows(f"21. Ældrerådets årsberetning\n\nIndstilling\n{proposal}\n\n{decision}\n")
    assert [(n, s) for n, _, s in rows] == [("21", "at årsberetningen tages til efterretning.")]


@pytest.mark.parametrize(
    "decision",
    [
        "Beslutning\nTaget til efterretning.",
        "Beslutning: Til orientering.",
        "Beslutning\nOrienteringen blev taget til efterretning.",
        "Beslutning:\nTages til efterretning.",
        "Beslutning\nTaget til orientering.",
    ],
)
def test_noting_under_a_recommendation_is_about_the_items_title(decision):
    proposal = "Forvaltningen indstiller, at årsberetningen tages til efterretning."
    rows = _rows(f"21. Ældrerådets årsberetning\n\nIndstilling\n{proposal}\n\n{decision}\n")
    assert [(n, s) for n, _, s in rows] == [("21", "Ældrerådets årsberetning")]


@pytest.mark.parametrize(
    "decision",
    [
        "Beslutning\nGodkendt.",
        "Beslutning:\nAnbefales godkendt.",
        "Beslutning\nTaget til efterretning.",
        "Beslutning\nOrienteringen blev taget til efterretning.",
        "Beslutning\nEnstemmigt godkendt.",
    ],
)
def test_a_generic_decision_in_an_item_without_a_title_is_about_the_recommendation(decision):
    proposal = "Forvaltningen indstiller, at årsberetningen tages til efterretning."
    rows = _rows(f"Punkt 21\n\nIndstilling\n{proposal}\n\n{decision}\n")
    assert [(n, s) for n, _, s in rows] == [("21", "at årsberetningen tages til efterretning.")]


@pytest.mark.parametrize(
    "decision",
    [
        "Beslutning\nTaget til efterretning. Udvalget besluttede at afsætte 250.000 kr. til et forsøg.",
        "Beslutning\nTil orientering.\nUdvalget bevilgede samtidig 80.000 kr. til en ny mødeplan.",
        "Beslutning\nGodkendt med den ændring, at ordningen gælder fra 1. august.",
    ],
)
def test_a_decision_with_more_than_the_generic_word_is_not_only_taken_for_information(decision):
    rows = _rows(f"22. Ny ordning for skolekørsel\n\n{decision}\n")
    assert rows and all(outcome == "adopted" for _, outcome, _ in rows)


def test_the_label_beslutning_is_never_the_subject():
    rows = _rows(
        "23. Puljemidler til foreningslivet\n\nBeslutning:\nGodkendt.\n\n"
        "24. Nyt hegn om skolen\n\nBeslutning\nTiltrådt.\n"
    )
    assert [s for _, _, s in rows] == ["Puljemidler til foreningslivet", "Nyt hegn om skolen"]


@pytest.mark.parametrize(
    "points",
    [
        "1. orienteringen tages til efterretning\n2. der gives en tillægsbevilling på 1 mio. kr.",
        "1. status på projektet tages til efterretning\n2. projektet forlænges til 2026",
        "1. redegørelsen tages til efterretning\n2. forvaltningen udarbejder en handleplan",
        "1. evalueringen tages til orientering\n2. ordningen gøres permanent",
        "1. høringssvarene tages til efterretning\n2. planen vedtages endeligt",
    ],
)
def test_approving_a_recommendation_with_substantive_points_besides_noting_is_adopted(points):
    lead_in = "Direktøren for Teknik og Miljø indstiller,"
    rows = _rows(f"25. Projekt Grøn By\n\nIndstilling\n{lead_in}\n{points}\n\nBeslutning\nGodkendt.\n")
    assert rows == [("25", "adopted", "Projekt Grøn By")]  # several points recommended: about the case
