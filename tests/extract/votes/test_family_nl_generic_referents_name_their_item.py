"""An outcome sentence or result label whose only noun is a generic referent of the item it stands under ("Het
raadsvoorstel wordt daarna met algemene stemmen aangenomen.", "Op verzoek van de indieners wordt de motie
aangehouden ...", "Raadsvoorstel (ongewijzigd)" / "Raadsvoorstel: unaniem aangenomen.") is about that item: a
generic label is never a subject. A motion or amendment referent is the item only where the item's title names one
of that kind; a sentence naming more, or standing under a decision label, keeps its words."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\n"
VL_HEAD = "Notulen gemeenteraad\n\nZitting van donderdag 12 maart 2026\n\n"


def _subjects(text: str) -> list[tuple[str | None, str]]:
    return [(r[1], r[2]) for r in vote_cells(text, "nl")]


@pytest.mark.parametrize(
    ("item", "subject", "outcome"),
    [
        (
            "Agendapunt 4 – Bestemmingsplan Oosterweg\n"
            "Het raadsvoorstel wordt vervolgens met algemene stemmen aangenomen.",
            "Bestemmingsplan Oosterweg",
            "adopted",
        ),
        (
            "Agendapunt 11 – Motie Fietsveilig centrum\nDe motie wordt daarna met algemene stemmen aangenomen.",
            "Motie Fietsveilig centrum",
            "adopted",
        ),
        (
            "Agendapunt 6 – Motie Veilige schoolroutes\nIngediend door D66.\n"
            "Op verzoek van de indieners wordt de motie aangehouden\ntot de volgende vergadering.",
            "Motie Veilige schoolroutes",
            "postponed",
        ),
        (
            "Punt 3. Verordening parkeerbelasting 2025\nNa beraadslaging wordt het voorstel ongewijzigd vastgesteld.",
            "Verordening parkeerbelasting 2025",
            "adopted",
        ),
        (
            "Agendapunt 9 – Zienswijze begroting Veiligheidsregio\nHet raadsvoorstel werd daarna niet aangenomen.",
            "Zienswijze begroting Veiligheidsregio",
            "rejected",
        ),
        (
            "Agendapunt 12 – Motie vreemd aan de orde: Glasvezel buitengebied\n"
            "Vervolgens wordt de motie aangenomen met 15 stemmen voor en 12 tegen.",
            "Motie vreemd aan de orde: Glasvezel buitengebied",
            "adopted",
        ),
    ],
)
def test_netherlands_sentence_naming_only_a_generic_referent_is_about_its_item(item, subject, outcome):
    assert _subjects(HEAD + item + "\n") == [(subject, outcome)]


@pytest.mark.parametrize(
    ("item", "subject", "outcome"),
    [
        (
            "5. Retributiereglement evenementen – wijziging\n"
            "Op voorstel van de voorzitter wordt het punt verdaagd naar\nde zitting van april.",
            "Retributiereglement evenementen – wijziging",
            "postponed",
        ),
        (
            "6. Subsidiereglement jeugdwerking – aanpassing\nHet voorstel wordt vervolgens eenparig goedgekeurd.",
            "Subsidiereglement jeugdwerking – aanpassing",
            "adopted",
        ),
        (
            "7. Motie van de fractie Groen over deelfietsen\n"
            "Na bespreking wordt de motie verworpen met 6 stemmen voor en 19 stemmen tegen.",
            "Motie van de fractie Groen over deelfietsen",
            "rejected",
        ),
        (
            "8. Samenwerkingsovereenkomst met de buurgemeente\n"
            "Daarna wordt het voorstel goedgekeurd met 20 ja-stemmen.",
            "Samenwerkingsovereenkomst met de buurgemeente",
            "adopted",
        ),
        (
            "9. Motie van raadslid Jan Peeters over zitbanken\nDe motie wordt op verzoek van de indiener uitgesteld.",
            "Motie van raadslid Jan Peeters over zitbanken",
            "postponed",
        ),
    ],
)
def test_flemish_sentence_naming_only_a_generic_referent_is_about_its_item(item, subject, outcome):
    assert _subjects(VL_HEAD + item + "\n") == [(subject, outcome)]


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        (
            "Agendapunt 7 – Herinrichting Amstelplein\n  Raadsvoorstel (ongewijzigd)\n"
            "  Uitslag: aangenomen              voor 17   tegen 4\n",
            "Herinrichting Amstelplein",
        ),
        (
            "5.  Kadernota Sociaal Domein 2026-2029\n    Raadsvoorstel: unaniem aangenomen.\n",
            "Kadernota Sociaal Domein 2026-2029",
        ),
        (
            "Agendapunt 8 – Nota grondbeleid 2026\nRaadsvoorstel ongewijzigd\nBesluit: aangenomen\n",
            "Nota grondbeleid 2026",
        ),
    ],
)
def test_a_generic_result_label_is_about_its_item(item, subject):
    assert [r[0] for r in _subjects(HEAD + item)] == [subject]


@pytest.mark.parametrize(
    "item",
    [
        "Agendapunt 7 Begroting 2025\nDe motie wordt aangehouden.\n",  # a motion under an item that is none
        "Agendapunt 9 - Moties\n  De motie wordt verworpen met 9 stemmen voor en 18 tegen.\n",  # a list of motions
        "Agendapunt 6 – Begroting 2025\nHet amendement wordt daarna verworpen.\n",
        "9. Jaarrekening 2025\nHet amendement wordt op verzoek van de indiener uitgesteld.\n",
    ],
)
def test_a_motion_or_amendment_under_an_item_of_another_kind_keeps_its_words(item):
    ((subject, _),) = _subjects(HEAD + item)
    assert subject.lower().startswith(("de motie", "het amendement"))


def test_a_sentence_naming_a_motion_of_its_own_keeps_its_words():
    text = HEAD + "Agendapunt 6 – Motie Groen dak\nDe motie van de VVD over het parkeertarief wordt verworpen.\n"
    assert [r[0] for r in _subjects(text)] != ["Motie Groen dak"]


def test_a_procedural_proposal_is_no_generic_referent():
    """ "Het voorstel tot verdaging" names a proposal of its own, not the item's."""
    text = VL_HEAD + "4. Aankoop perceel begraafplaats\nHet voorstel tot verdaging wordt verworpen.\n"
    assert [r[0] for r in _subjects(text)] != ["Aankoop perceel begraafplaats"]


def test_a_sentence_under_a_decision_label_is_the_decision_as_stated():
    text = HEAD + "Agendapunt 4 – Motie Groen dak\nBesluit: de motie wordt met 20 stemmen voor en 9 tegen aangenomen.\n"
    subjects = [r[0] for r in _subjects(text)]
    assert subjects and all(s and s.lower().startswith("de motie") for s in subjects)
