"""A news page on council decisions ("Home > Nieuws > Dit besloot de raad") heads each decision with a short line:
those headings are news items, not themes, even where a date reads like a count ("het besluit volgt op 7 mei")."""

from __future__ import annotations

from tests.extract.focus_areas.conftest import read_labels

_INTRO = (
    "De gemeenteraad van Testdorp vergaderde dinsdagavond 14 april 2026 in het\n"
    "raadhuis. Hieronder leest u de belangrijkste besluiten. Alle stukken staan op de\n"
    "website van de raad.\n"
)
_ITEMS = (
    "Nieuwe fietsbrug over de haven\n"
    "De raad stemde in met de bouw van een fietsbrug over de oude haven. Het voorstel werd\n"
    'aangenomen met 20 stemmen voor en 7 tegen. "Eindelijk", zei wethouder Jan de Vries.\n'
    "Sporthal De Meent: eerst een nieuw onderzoek\n"
    "Het voorstel van het college om 1,8 miljoen euro vrij te maken voor de sporthal is op\n"
    "verzoek van de raad aangehouden. De raad wil eerst een tweede advies over de staat van\n"
    "het gebouw; het besluit volgt op 7 mei.\n"
    "Motie over speeltuinen\n"
    'Een motie van PvdA en GroenLinks, "Speelruimte voor ieder kind", werd\n'
    "unaniem aangenomen. Het college komt na de zomer met een plan.\n"
    "Geen nieuwe parkeerheffing\n"
    "De raad verwierp het voorstel om in het centrum een parkeerheffing in te voeren. Voor\n"
    "het voorstel stemden 9 raadsleden, tegen 20.\n"
    "Vaststelling van de agenda\n"
    "Aan het begin van de vergadering stelde de raad de agenda en de besluitenlijst van\n"
    "10 maart 2026 ongewijzigd vast.\n"
    "Samenwerking in de regio\n"
    "De raad nam de jaarrekening 2025 van de regionale dienst voor\n"
    "kennisgeving aan.\n"
    "Nieuwe commissieleden\n"
    "Daarnaast werden twee nieuwe commissieleden beëdigd. Daarover werd niet gestemd.\n"
    "Eerder besloten\n"
    "In maart 2026 stemde de raad al in met de nota grondbeleid. Daarin staat geld\n"
    "voor de vernieuwing van het marktplein.\n"
    "Volgende vergadering\n"
    "De volgende raadsvergadering is op dinsdag 12 mei 2026. U bent welkom op de publieke\n"
    "tribune of kijkt live mee via de website.\n"
)


def test_the_headings_of_a_news_page_on_council_decisions_are_no_themes():
    text = (
        "Gemeente Testdorp\nHome > Nieuws > Dit besloot de gemeenteraad op 14 april\n"
        "Dit besloot de gemeenteraad op 14 april\nNieuwsbericht | 15 april 2026\n" + _INTRO + _ITEMS
    )
    assert read_labels(text, "nl") == []


def test_a_news_section_named_only_in_the_body_does_not_make_a_news_page():
    text = "Gemeente Testdorp\nDit besloot de gemeenteraad op 14 april\n" + _INTRO + _ITEMS
    filed = text + "Meer berichten vindt u onder Home > Nieuws.\n"
    assert read_labels(filed, "nl") == read_labels(text, "nl")
