"""Networks named but not held: a bracketed remark right after the name that denies membership ('Fairtrade Gemeente
(titel, geen lidmaatschap)'), a candidacy still being prepared ('een gezamenlijke kandidatuur voor het programma
LIFE'), and a municipality asked to look at a programme ('ser på utveksling gjennom Erasmus+'). A remark that only
dates the membership, and a candidacy that was granted, leave the membership."""

from __future__ import annotations

import pytest

NOT_HELD = [
    (
        "nl",
        "Eeklo",
        "Eeklo is lid van Energy Cities en van Fairtrade Gemeente (titel, geen lidmaatschap).",
        "Fair Trade Towns",
    ),
    (
        "da",
        "Ærø",
        "Ærø er Fairtrade-kommune (en titel, intet medlemskab) og medlem af Energy Cities.",
        "Fair Trade Towns",
    ),
    (
        "nl",
        "Eeklo",
        "De stad onderzoekt, samen met de buurgemeenten, een gezamenlijke kandidatuur voor het Europese "
        "programma LIFE.",
        "LIFE",
    ),
    ("da", "Vejle", "Kommunen forbereder en kandidatur til det europæiske program LIFE.", "LIFE"),
    ("nn", "Sauda", "Ungdomsrådet har bede om at Sauda òg ser på utveksling med skular gjennom Erasmus+.", "Erasmus+"),
    ("nb", "Lier", "Kommunen ser på muligheten for utveksling gjennom Erasmus+.", "Erasmus+"),
]

HELD = [
    ("nl", "Eeklo", "Eeklo is lid van Energy Cities (sinds 2015).", "Energy Cities"),
    (
        "nl",
        "Eeklo",
        "Eeklo is lid van het Burgemeestersconvenant en van Energy Cities (titel, geen lidmaatschap).",
        "Covenant of Mayors",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), NOT_HELD)
def test_a_network_named_but_not_held_is_no_row(rows, language, town, text, name):
    assert name not in rows(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "name"), HELD)
def test_a_dating_remark_or_a_neighbours_remark_leaves_the_membership(rows, language, town, text, name):
    assert name in rows(text, language, town)


ISSUER_DENIES = [
    (
        "nb",
        "Vadsø",
        "NETTVERK\n• Barentsrådet er et mellomstatlig samarbeid; kommunen deltar ikke selv, men gjennom "
        "Barentssekretariatet.",
        "Barents Regional Council",
    ),
    ("nl", "Gouda", "Eurocities is een netwerk van grote steden, maar de gemeente is er geen lid van.", "Eurocities"),
    ("da", "Ærø", "CPMR samler kystregioner i Europa; kommunen er ikke medlem.", "CPMR"),
    ("nn", "Stord", "Eurocities er eit nettverk for storbyar, og kommunen er ikkje med.", "Eurocities"),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), ISSUER_DENIES)
def test_the_issuer_denying_its_part_in_a_later_clause_leaves_no_row(rows, language, town, text, name):
    assert name not in rows(text, language, town)


def test_a_denial_naming_another_network_leaves_the_first_membership(rows):
    found = rows("Vadsø er medlem av Eurocities, og kommunen deltar ikke i Energy Cities.", "nb", "Vadsø")
    assert "Eurocities" in found
    assert "Energy Cities" not in found
