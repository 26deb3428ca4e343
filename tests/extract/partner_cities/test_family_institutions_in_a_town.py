"""Institutions placed in a town. A project partnered with 'schools in Kuopio and Tartu' ('skoler i', 'scholen in',
'bedrifter i', 'universiteiten in') partners the institutions, not the towns they stand in: the plural or definite
organisation noun right before a list places every town of the list. A town named on its own as a partner, or a
twin town whose schools are mentioned afterwards, keeps its row."""

from __future__ import annotations

import pytest

PLACED = [
    ("da", "Vejle", "Projektet gennemføres i samarbejde med skoler i Tartu og Gdynia.", {}),
    ("da", "Odder", "Erasmus+-partnerskabet omfatter gymnasier i Kaunas, Tartu og Riga.", {}),
    ("da", "Skive", "Interreg-projektet har virksomheder i Luleå og Umeå som partnere.", {}),
    ("da", "Billund", "Partnere:\nuniversiteterne i Tartu og Kuopio", {}),
    ("da", "Herning", "Udvekslingen sker med skolerne i Lübeck, Kiel og Rostock fra 2026.", {}),
    ("nb", "Nord-Odal", "Sand skole er invitert inn i et Erasmus+-partnerskap med\nskoler i Kuopio og Tartu.", {}),
    ("nb", "Lier", "Prosjektet gjennomføres sammen med universiteter i Tartu og Kuopio.", {}),
    ("nb", "Lier", "Prosjektet gjennomføres sammen med bedrifter i Luleå og Tartu.", {}),
    ("nb", "Alta", "Partnere i Interreg-prosjektet er sykehusene i Oulu og Luleå.", {}),
    ("nb", "Hamar", "Utvekslingen skjer med skolene i Gdynia, Tartu og Riga i 2026 og 2027.", {}),
    ("nn", "Stranda", "Prosjektet vert gjennomført saman med skular i Kuopio og Tartu.", {}),
    ("nn", "Voss", "Erasmus+-partnarskapet omfattar skulane i Tartu og Riga.", {}),
    ("nn", "Aurland", "Partnarar i prosjektet er bedrifter i Luleå og Umeå.", {}),
    ("nn", "Luster", "Samarbeidet med institusjonar i Kuopio og Oulu held fram i 2027.", {}),
    ("nn", "Bykle", "Eit Interreg-prosjekt saman med klubbar i Tartu, Riga og Kaunas.", {}),
    ("nl", "Gouda", "Het project wordt uitgevoerd samen met scholen in Tartu en Lublin.", {}),
    ("nl", "Breda", "Partners in het Erasmus+-project zijn universiteiten in Tartu, Riga en Kaunas.", {}),
    ("nl", "Venlo", "Het Interreg-project loopt samen met bedrijven in Kleve en Goch.", {}),
    ("nl", "Deinze", "Projectpartners:\nziekenhuizen in Kiel en Lübeck", {}),
    ("nl", "Asten", "De uitwisseling vindt plaats met hogescholen in Tartu en Lublin vanaf 2026.", {}),
]

TOWNS = [
    (
        "da",
        "Vejle",
        "Projektet gennemføres i samarbejde med Tartu og Gdynia.",
        {"Tartu": ("project_partner", None), "Gdynia": ("project_partner", None)},
    ),
    (
        "nb",
        "Lier",
        "Prosjektet gjennomføres sammen med Tartu og Kuopio.",
        {"Tartu": ("project_partner", None), "Kuopio": ("project_partner", None)},
    ),
    (
        "nn",
        "Stranda",
        "Prosjektet vert gjennomført saman med Kuopio og Tartu.",
        {"Kuopio": ("project_partner", None), "Tartu": ("project_partner", None)},
    ),
    (
        "nl",
        "Gouda",
        "Het project wordt uitgevoerd samen met Tartu en Lublin.",
        {"Tartu": ("project_partner", None), "Lublin": ("project_partner", None)},
    ),
    (
        "nb",
        "Lier",
        "Vennskapsbyene våre er Tartu og Kuopio, og skolene i Tartu deltar i utvekslingen.",
        {"Tartu": ("twin", None), "Kuopio": ("twin", None)},
    ),
    (
        "da",
        "Vejle",
        "Vejle har venskabsbyerne Tartu og Gdynia. Skolerne i Tartu besøger Vejle i 2026.",
        {"Tartu": ("twin", None), "Gdynia": ("twin", None)},
    ),
    (
        "nl",
        "Gouda",
        "Gouda heeft een stedenband met Lublin. Scholen in Lublin wisselen leerlingen uit met Gouda.",
        {"Lublin": ("twin", None)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), PLACED)
def test_towns_after_a_plural_institution_noun_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), TOWNS)
def test_towns_named_as_partners_themselves_keep_their_rows(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
