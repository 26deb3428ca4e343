"""A decision list whose items each carry their outcome on the line below ("2026_GR_00045 - Reglement - Vaststelling" /
"Goedgekeurd.") may record a second vote right under an item's outcome line, no header between ("Het amendement van
raadslid An Claes (Vooruit) werd verworpen."): a vote of its own on that item, with its own outcome, and its own row.
A sentence under the item restating the item's outcome, or a note in a section below the list ("Ad 5. ..."), only
explains the item's row and adds none.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

OWN_VOTES = [
    (
        "nl",
        "Besluitenlijst gemeenteraad\nZitting van dinsdag 3 maart 2026\n\n"
        "2026_GR_00045 - Reglement op de terrassen - Vaststelling\nGoedgekeurd.\n"
        "Het amendement van raadslid An Claes (Vooruit) werd verworpen.\n\n"
        "2026_GR_00046 - Jaarverslag bibliotheek - Kennisname\nKennis genomen.\n",
        [("2026_GR_00045", "adopted"), ("2026_GR_00045", "rejected"), ("2026_GR_00046", "noted")],
    ),
    (
        "nl",
        "Besluitenlijst gemeenteraad\nZitting van 12 mei 2026\n\n"
        "2026_GR_00101 - Politiereglement drones - Vaststelling\nGoedgekeurd.\n"
        "Het amendement van raadslid Tom Wouters (Groen) om recreatief gebruik te verbieden\n"
        "werd niet aangenomen.\n\n"
        "2026_GR_00102 - Heraanleg Markt - Ontwerp\nVerdaagd.\n",
        [("2026_GR_00101", "adopted"), ("2026_GR_00101", "rejected"), ("2026_GR_00102", "postponed")],
    ),
    (
        "nl",
        "Besluitenlijst gemeenteraad\nVergadering van 3 maart 2026\n\n5. Kadernota 2027\nAangenomen.\n"
        "Het amendement van de VVD over de parkeertarieven werd verworpen.\n\n6. Jaarrekening 2025\nVastgesteld.\n",
        [("5", "adopted"), ("5", "rejected"), ("6", "adopted")],
    ),
    (
        "da",
        "Beslutningsprotokol\nByrådet 3. marts 2026\n\nPkt. 44 Lokalplan 212\nGodkendt\n"
        "Ændringsforslaget fra Enhedslisten blev forkastet.\n\nPkt. 45 Budget 2027\nGodkendt\n",
        [("44", "adopted"), ("44", "rejected"), ("45", "adopted")],
    ),
    (
        "nb",
        "Møteprotokoll\nKommunestyret 3. mars 2026\n\nPS 12/26 Budsjett 2027\nVedtatt\n"
        "Endringsforslaget fra SV falt.\n\nPS 13/26 Årsmelding 2025\nTatt til orientering\n",
        [("12/26", "adopted"), ("12/26", "rejected"), ("13/26", "noted")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), OWN_VOTES)
def test_a_vote_with_its_own_outcome_under_a_list_item_is_its_own_row(language, text, expected):
    assert [(r.case_number, r.outcome) for r in votes(text, language)] == expected


def test_a_sentence_restating_the_items_outcome_only_adds_its_counts():
    text = (
        "Besluitenlijst gemeenteraad\nVergadering van 3 maart 2026\n\n5. Kadernota 2027\nAangenomen.\n"
        "Het voorstel werd aangenomen met 20 stemmen voor en 5 tegen.\n\n6. Jaarrekening 2025\nVastgesteld.\n"
    )
    rows = votes(text, "nl")
    assert [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in rows] == [
        ("5", "adopted", 20, 5),
        ("6", "adopted", None, None),
    ]


def test_a_note_below_the_list_still_only_explains_its_item():
    text = (
        "Besluitenlijst gemeenteraad\nVergadering van 3 maart 2026\n\n5. Kadernota 2027\nAangenomen.\n\n"
        "6. Jaarrekening 2025\nVastgesteld.\n\nToelichting\n"
        "Ad 5. Het amendement van de VVD werd verworpen, waarna de kadernota werd aangenomen.\n"
    )
    assert [(r.case_number, r.outcome) for r in votes(text, "nl")] == [("5", "adopted"), ("6", "adopted")]


def test_an_item_with_its_own_decision_sentence_takes_no_outcome_from_the_result_line_above():
    text = (
        "Stemmingsoverzicht raadsvergadering woensdag 24 juni 2026\n\n3a Verordening jeugdhulp\nAangenomen zonder "
        "stemming.\n3b Zienswijze begroting GGD\nAangenomen zonder stemming.\n\nAgendapunt 5 - Kaderbrief 2027\n"
        "Raadsvoorstel Kaderbrief 2027\nUitslag: aangenomen, 30 voor en 5 tegen (PVV 3, SP 2)\n\n"
        "Agendapunt 6 - Grondexploitatie Westergouwe\nHet voorstel wordt op verzoek van het college aangehouden.\n"
    )
    rows = [(r.case_number, r.outcome) for r in votes(text, "nl")]
    assert rows == [("3a", "adopted"), ("3b", "adopted"), ("5", "adopted"), ("6", "postponed")]
