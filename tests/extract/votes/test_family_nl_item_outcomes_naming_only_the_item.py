"""A Dutch/Flemish outcome sentence whose only noun is the item itself ("Op verzoek van de indieners wordt de motie
aangehouden ...", "Het raadsvoorstel wordt daarna ... aangenomen") is about the item its header titles, not a
subject in its own words; a sentence naming anything more, or standing under a decision label, keeps its words."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\n"
VL_HEAD = "Notulen gemeenteraad\n\nZitting van donderdag 12 maart 2026\n\n"

ABOUT_THE_ITEM = {  # item text under its head: the subject and outcome of its one row
    "nl motion": (
        HEAD + "Agendapunt 11 – Motie Fietsveilig centrum\nDe motie wordt met algemene stemmen aangenomen.",
        ("Motie Fietsveilig centrum", "adopted"),
    ),
    "nl motion held, fronted phrase": (
        HEAD + "Agendapunt 6 – Motie Veilige schoolroutes\nIngediend door D66.\n"
        "Op verzoek van de indieners wordt de motie aangehouden\ntot de volgende vergadering.",
        ("Motie Veilige schoolroutes", "postponed"),
    ),
    "nl adverb then manner": (
        HEAD + "Agendapunt 4 – Bestemmingsplan Oosterweg\n"
        "Het raadsvoorstel wordt vervolgens met algemene stemmen aangenomen.",
        ("Bestemmingsplan Oosterweg", "adopted"),
    ),
    "nl after deliberation": (
        HEAD
        + "Punt 3. Verordening parkeerbelasting 2025\nNa beraadslaging wordt het voorstel ongewijzigd vastgesteld.",
        ("Verordening parkeerbelasting 2025", "adopted"),
    ),
    "nl past tense, rejected": (
        HEAD + "Agendapunt 9 – Jaarverslag rekenkamer\nHet ontwerpbesluit werd daarna niet aangenomen.",
        ("Jaarverslag rekenkamer", "rejected"),
    ),
    "vl minutes": (
        VL_HEAD + "1. Goedkeuring notulen vorige zitting\nDe notulen worden zonder opmerkingen goedgekeurd.",
        ("Goedkeuring notulen vorige zitting", "adopted"),
    ),
    "vl postponed on the chair's proposal": (
        VL_HEAD + "5. Retributiereglement evenementen – wijziging\n"
        "Op voorstel van de voorzitter wordt het punt verdaagd naar\nde zitting van april.",
        ("Retributiereglement evenementen – wijziging", "postponed"),
    ),
    "vl report": (
        VL_HEAD + "7. Goedkeuring verslag zitting 19 februari 2026\nHet verslag wordt eenparig goedgekeurd.",
        ("Goedkeuring verslag zitting 19 februari 2026", "adopted"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), ABOUT_THE_ITEM.values(), ids=ABOUT_THE_ITEM.keys())
def test_outcome_naming_only_the_item_is_about_its_title(text: str, expected: tuple[str, str]) -> None:
    assert [(r[1], r[2]) for r in vote_cells(text + "\n", "nl")] == [expected]


def test_an_outcome_naming_a_motion_of_its_own_keeps_its_words() -> None:
    text = HEAD + "Agendapunt 6 – Begroting 2025\nDe motie van de VVD over het parkeertarief wordt verworpen.\n"
    assert [r[1] for r in vote_cells(text, "nl")] != ["Begroting 2025"]


def test_the_agenda_adopted_keeps_its_words() -> None:
    """A besluitenlijst's "De agenda wordt ongewijzigd vastgesteld." is written down as the decision itself."""
    text = HEAD + "1. Opening en vaststelling van de agenda\nDe agenda wordt ongewijzigd vastgesteld.\n"
    assert [r[1] for r in vote_cells(text, "nl")] == ["De agenda wordt ongewijzigd vastgesteld"]


def test_an_outcome_outside_any_item_keeps_its_words() -> None:
    text = "Uit de raad\n\nDe agenda wordt ongewijzigd vastgesteld.\n"
    assert all(r[1] != "Vaststelling van de agenda" for r in vote_cells(text, "nl"))


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "2.  Vaststelling agenda\n    Besluit: de agenda wordt ongewijzigd vastgesteld.\n",
        HEAD + "Agendapunt 4 – Motie Groen dak\nBesluit: de motie wordt met 20 stemmen voor en 9 tegen aangenomen.\n",
    ],
)
def test_an_outcome_under_a_decision_label_is_the_decision_as_stated(text: str) -> None:
    subjects = [r[1] for r in vote_cells(text, "nl")]
    assert subjects and all(s and s.lower().startswith("de ") for s in subjects)
