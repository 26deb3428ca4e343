"""A name written with a foreign country's own municipality word ('Malung-Sälen kommun', 'Upplands-Bro kommun', 'Lilla
Edets kommun') names a municipality of that country wherever it stands, not only right after a relation cue: the
municipality, not a district or village read off one of its parts ('Sälen'), is the place; a cue must still decide it.
Visits and national associations ('Sveriges kommuner') stay no partners."""

from __future__ import annotations

import pytest

WRITTEN = [
    (
        "nb",
        "Engerdal",
        "Engerdal deltar i Interreg Sverige-Norge gjennom prosjektet «Grenseløs villmark», der Malung-Sälen kommun er"
        " prosjektpartner.",
        {"Malung-Sälen": ("project_partner", None)},
    ),
    (
        "nb",
        "Engerdal",
        "Vennskapsbyer\nÄlvdalen (Sverige) og Malung-Sälen kommun har vært våre vennskapskommuner siden 1987.",
        {"Älvdalen": ("twin", 1987), "Malung-Sälen": ("twin", 1987)},
    ),
    (
        "da",
        "Tønder",
        "Venskabsbyer\n- Upplands-Bro kommun (Sverige), siden 1990\n- Husum (Tyskland), siden 1995",
        {"Upplands-Bro": ("twin", 1990), "Husum": ("twin", 1995)},
    ),
    (
        "nl",
        "Lochem",
        "De gemeente werkt in het Interreg-project Groene Grens samen met Upplands-Bro kommun.",
        {"Upplands-Bro": ("project_partner", None)},
    ),
    (
        "nn",
        "Vinje",
        "Vinje har ein samarbeidsavtale med Lilla Edets kommun frå 2015.",
        {"Lilla Edet": ("cooperation_agreement", 2015)},
    ),
]

NOT_PARTNERS = [
    ("nb", "Engerdal", "Turister fra Malung-Sälen kommun besøker ofte Femundsmarka om sommeren.", {}),
    ("nn", "Vinje", "Ein delegasjon frå Lilla Edets kommun vitja Vinje i fjor sommar.", {}),
    ("da", "Tønder", "Sveriges kommuner og regioner har udgivet en rapport om klimatilpasning.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), WRITTEN)
def test_names_written_with_a_foreign_municipality_word_are_that_municipality(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_PARTNERS)
def test_foreign_municipalities_without_a_relation_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
