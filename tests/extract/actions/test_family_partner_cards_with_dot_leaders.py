"""Cards of a page on partner towns: a name, then fields drawn with dot leaders ("Land ........ Polen", "Sinds
....... 2004", "Status ...... actief"). A field line names no item ("Status" is a label, "Sinds ....... 1978" a
field), and a card that gives a country is a place's, whose status is the relation's: no rows. The same fields
under an item's heading ("A1 Zonnepanelen ..." / "Status ....... in uitvoering") are a tracker's record, and a
dot leader between an item and its status still separates them. Pages written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CARDS = [
    (
        "nl",
        "Onze partners in het buitenland\nTestdorp onderhoudt banden met gemeenten in Europa.\n\n"
        "▌ROESELARE-NOORD\n  Land ........ Frankrijk, Hauts-de-France\n  Sinds ....... 1978\n  Status ...... actief\n"
        "  Jaarlijkse uitwisseling van de muziekscholen.\n\n"
        "▌KLEVE\n  Land ........ Duitsland\n  Sinds ....... 1991\n  Status ...... beëindigd in 2018\n"
        "  De band werd in onderling overleg stopgezet.\n\n"
        "▌TARNÓW\n"
        "  Land ........ Polen\n"
        "  Sinds ....... 2006\n"
        "  Status ...... actief\n"
        "  Scholen wisselen leerlingen uit.\n",
        [],
    ),
    (
        "da",
        "Byer vi samarbejder med\n\n"
        "VÄXJÖ\n  Land ....... Sverige\n  Siden ...... 1968\n  Status ..... aktiv\n  Idrætsstævne hvert andet år.\n\n"
        "TARTU\n"
        "  Land ....... Estland\n"
        "  Siden ...... 1992\n"
        "  Status ..... ophørt 2015\n"
        "  Samarbejdet blev afsluttet efter fælles evaluering.\n"
        "\n"
        "HAMAR\n  Land ....... Norge\n  Siden ...... 1970\n  Status ..... aktiv\n  Korene besøger hinanden.\n",
        [],
    ),
    (
        "nb",
        "Våre samarbeidskommuner\n\n"
        "■ Kalmar\n"
        "  Land ......... Sverige\n"
        "  Siden ........ 1956\n"
        "  Status ....... aktiv\n"
        "  Ungdomsutveksling hver sommer.\n"
        "\n"
        "■ Kokkola\n"
        "  Land ......... Finland\n"
        "  Siden ........ 1956\n"
        "  Status ....... avsluttet i 2019\n"
        "  Samarbeidet ble avviklet.\n"
        "\n"
        "■ Næstved\n"
        "  Land ......... Danmark\n"
        "  Siden ........ 1962\n"
        "  Status ....... aktiv\n"
        "  Felles kulturprosjekt i 2026.\n",
        [],
    ),
    (
        "nn",
        "Kommunane vi samarbeider med\n\n"
        "ÅMÅL\n  Land …… Sverige\n  Sidan …… 1948\n  Status …… aktiv\n  Skulane skriv brev til kvarandre.\n\n"
        "SALO\n"
        "  Land …… Finland\n"
        "  Sidan …… 1948\n"
        "  Status …… avslutta 2021\n"
        "  Samarbeidet tok slutt etter koronaåra.\n",
        [],
    ),
]
TRACKER = [
    (
        "nl",
        "Voortgang uitvoeringsagenda\n"
        "\n"
        "A1 Zonnepanelen op sporthal De Meent\n"
        "  Trekker ...... wethouder Jansen\n"
        "  Status ....... in uitvoering\n"
        "\n"
        "A2 Groene schoolpleinen\n  Trekker ...... wethouder Bakker\n  Status ....... afgerond\n",
        [("A1", "Zonnepanelen op sporthal De Meent", "in_progress"), ("A2", "Groene schoolpleinen", "completed")],
    ),
    (
        "da",
        "Status for handleplanen\n"
        "\n"
        "1.1 Ny hal i Vestby ............ I gang\n"
        "1.2 Ny skatepark ........... Ikke påbegyndt\n",
        [("1.1", "Ny hal i Vestby", "in_progress"), ("1.2", "Ny skatepark", "not_started")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CARDS)
def test_the_cards_of_partner_towns_with_dot_leader_fields_give_no_actions(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), TRACKER)
def test_dot_leader_fields_under_an_item_are_its_record(language, text, expected):
    assert rows(text, language) == expected
