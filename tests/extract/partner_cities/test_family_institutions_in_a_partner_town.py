"""Partners that are institutions in a town ('scholen in Genk en Hasselt', 'gymnasier i Flensborg og Kiel',
'idrettslag i Kemi'), in a project table's partner cell or in prose, plural or singular: the school, club or firm is
the partner, not the town, and the towns coordinated after it go with it. A town named as a partner of its own in the
same cell or sentence stays."""

from __future__ import annotations

import pytest

CASES = [
    (
        "nl",
        "Venray",
        "Europese projecten\n\nProject              Programma        Looptijd    Partners\n"
        "-------------------  ---------------  ----------  ---------------------------\n"
        "Groene Grens         Interreg         2024-2027   Straelen, Nettetal\n"
        "Samen Leren          Erasmus+         2025-2027   basisschool De Linde en\n"
        "                                                  scholen in Genk en Hasselt\n",
        {"Straelen", "Nettetal"},
        {"Genk", "Hasselt"},
    ),
    (
        "da",
        "Tønder",
        "EU-projekter\n\nProjekt            Program        Periode     Partnere\n"
        "-----------------  -------------  ----------  -------------------------\n"
        "Vadehavet Sammen   Interreg       2024-2027   Husum, Niebüll,\n"
        "                                              gymnasier i Flensborg og Kiel\n",
        {"Husum", "Niebüll"},
        {"Flensburg", "Kiel"},
    ),
    (
        "nb",
        "Lenvik",
        "EU-prosjekter\n\nKommunen deltar i prosjektet Arctic Youth (Interreg Aurora, 2024-2027) sammen med Kiruna "
        "og idrettslag i Kemi og Tornio.\n",
        {"Kiruna"},
        {"Kemi", "Tornio"},
    ),
    (
        "nn",
        "Sogndal",
        "EU-prosjekt\n\nSogndal kommune er med i prosjektet Fjord Learning (Erasmus+, 2025-2027) saman med "
        "Umeå kommune og skular i Oulu og Vaasa.\n",
        {"Umeå"},
        {"Oulu", "Vaasa"},
    ),
    (
        "nl",
        "Maasgouw",
        "Het project Rivierpark (Interreg Vlaanderen-Nederland, 2024-2027) voert de gemeente uit samen met "
        "Maaseik en verenigingen in Kinrooi en Dilsen-Stokkem.\n",
        {"Maaseik"},
        {"Kinrooi", "Dilsen-Stokkem"},
    ),
    (
        "da",
        "Sønderborg",
        "Sønderborg Kommune deltager i projektet Grænseløs Sundhed (Interreg Deutschland-Danmark, 2024-2027) sammen "
        "med Flensborg og hospitaler i Schleswig og Husum.\n",
        {"Flensburg"},
        {"Schleswig", "Husum"},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "kept", "dropped"), CASES)
def test_institutions_in_a_town_do_not_make_it_a_partner(rows, language, town, text, kept, dropped):
    got = rows(text, language, town)
    assert kept <= set(got)
    assert not dropped & set(got)


TOWNS_AS_PARTNERS = [
    (
        "nb",
        "Lenvik",
        "Prosjektet Nordlys (Interreg Aurora, 2024-2027) gjennomføres sammen med Kemi og Tornio. Skolene i kommunen "
        "deltar også.\n",
        {"Kemi", "Tornio"},
    ),
    (
        "nl",
        "Venray",
        "In het project Groene Grens (Interreg Deutschland-Nederland) werkt Venray samen met de gemeenten Straelen "
        "en Nettetal; de scholen in Venray doen mee.\n",
        {"Straelen", "Nettetal"},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "kept"), TOWNS_AS_PARTNERS)
def test_towns_named_as_partners_stay(rows, language, town, text, kept):
    assert kept <= set(rows(text, language, town))
