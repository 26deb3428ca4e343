"""Family: what stands before a known name in a network list item is not always a name of its own.
- An item written as a sentence opens on a word that is capitalised only because it opens it ('- Gjennom Interreg
  Aurora deltar kommunen ...', '- Binnen Eurocities werkt de stad ...'): a function word names no network.
- A project heading in the list names its programme in brackets ('* Kustveilig (Interreg Vlaanderen-Nederland,
  2024-2027)'): the name before the bracket is the project, the programme is the participation.
- A table of memberships ends at a blank line and the next heading: the project list under that heading is no part
  of the table's network column.
Names written for these tests; a real unknown network in such a list still counts."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

TOWNS = {"da": "Skive", "nb": "Moskenes", "nn": "Voss", "nl": "Veere"}

OPENERS = [
    ("nb", "4  NETTVERK\n  - Gjennom Interreg Aurora deltar kommunen i europeiske prosjekter i nord.\n", {"Interreg"}),
    ("nb", "Nettverk\n  - Sammen med Eurocities arbeider kommunen med mobilitet.\n", {"Eurocities"}),
    ("nn", "Nettverk\n  - Gjennom Interreg Aurora deltek kommunen i prosjekt i nord.\n", {"Interreg"}),
    ("nn", "Nettverk\n  - Med ICLEI har kommunen laga ein klimaplan.\n", {"ICLEI"}),
    ("da", "Netværk\n  - Gennem Eurocities deltager kommunen i arbejdsgrupper om mobilitet.\n", {"Eurocities"}),
    ("da", "Netværk\n  - Sammen med ICLEI arbejder kommunen med klimatilpasning.\n", {"ICLEI"}),
    ("nl", "Netwerken\n  - Binnen Eurocities werkt de stad mee aan de werkgroep mobiliteit.\n", {"Eurocities"}),
    ("nl", "Netwerken\n  - Met ICLEI werkt de gemeente aan klimaatadaptatie.\n", {"ICLEI"}),
]

PROJECTS = [
    (
        "nl",
        "Netwerken en projecten\n  * Kustveilig (Interreg Vlaanderen-Nederland, 2024-2027)\n  * Eurocities\n",
        {"Interreg", "Eurocities"},
    ),
    ("nl", "Netwerken\n  - Groene Dorpen (LEADER Zeeland)\n  - Energy Cities\n", {"LEADER", "Energy Cities"}),
    ("da", "Netværk og projekter\n  - BlueCoast (Interreg North Sea, 2023-2026)\n  - ICLEI\n", {"Interreg", "ICLEI"}),
    ("nb", "Nettverk og prosjekter\n  - Kystkultur (Interreg Aurora, 2024-2027)\n  - ICLEI\n", {"Interreg", "ICLEI"}),
    ("nn", "Nettverk og prosjekt\n  - Fjordliv (Interreg Aurora, 2024-2027)\n  - ICLEI\n", {"Interreg", "ICLEI"}),
]

TABLE_THEN_PROJECTS = [
    (
        "nl",
        "Lidmaatschappen\n  Netwerk\tSinds\n  Klimaatverbond Nederland\t2019\n  KIMO Nederland en België\t2014\n\n"
        "Europese projecten\n  * Kustveilig (Interreg Vlaanderen-Nederland, 2024-2027)\n"
        "    Samen met Sluis ontwikkelen we een reddingsplan.\n",
        {"Klimaatverbond Nederland", "KIMO", "Interreg"},
    ),
    (
        "da",
        "Medlemskaber\n  Netværk\tSiden\n  Eurocities\t2019\n  ICLEI\t2014\n\n"
        "EU-projekter\n  * Kystsikring (Interreg North Sea, 2024-2027)\n    Sammen med Esbjerg tester vi klitter.\n",
        {"Eurocities", "ICLEI", "Interreg"},
    ),
    (
        "nb",
        "Medlemskap\n  Nettverk\tSiden\n  Eurocities\t2019\n  ICLEI\t2014\n\n"
        "EU-prosjekter\n  * Kystkultur (Interreg Aurora, 2024-2027)\n    Sammen med Vardø kartlegger vi kystkultur.\n",
        {"Eurocities", "ICLEI", "Interreg"},
    ),
]

UNKNOWN_STILL_LISTED = [
    ("nb", "Nettverk\n  - Nordisk Fjordbynettverk\n  - ICLEI\n", "Nordisk Fjordbynettverk"),
    ("nl", "Netwerken\n  - Kustgemeenten Platform\n  - ICLEI\n", "Kustgemeenten Platform"),
]


@pytest.mark.parametrize(("language", "text", "expected"), OPENERS)
def test_a_function_word_opening_an_item_sentence_names_no_network(language, text, expected):
    assert networks(text, language, TOWNS[language]) == expected


@pytest.mark.parametrize(("language", "text", "expected"), PROJECTS)
def test_a_project_named_before_its_bracketed_programme_is_no_network(language, text, expected):
    assert networks(text, language, TOWNS[language]) == expected


@pytest.mark.parametrize(("language", "text", "expected"), TABLE_THEN_PROJECTS)
def test_a_membership_table_ends_before_the_next_headings_project_list(language, text, expected):
    assert networks(text, language, TOWNS[language]) == expected


@pytest.mark.parametrize(("language", "text", "name"), UNKNOWN_STILL_LISTED)
def test_an_unknown_name_alone_in_a_network_list_still_counts(language, text, name):
    assert name in networks(text, language, TOWNS[language])
