"""Family (precision): a page about partner towns is no tracker, plan or report. A status phrase in its
prose ("Spørsmålet om en avtale med X ble drøftet i 2023, men saken ble lagt bort.", "Samarbeidet ble
avsluttet i 2019.") is a relation's news and gives no action, and a heading over such prose ("Andre
kontakter", "Øvrige kontakter", "Overige contacten") is never an action title, on any page.
Look-alikes: a plan about twinning with its own tracker, and a report whose headings name actions.
Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

RELATION_PAGES = [
    # --- Danish ---
    "Venskabsbyer\n\nSønderborg\nSamarbejdet begyndte i 1995.\n\n"
    "Kalmar\nAftalen blev indgået i 2001 og er nu afsluttet.\n\n"
    "Øvrige kontakter\nEn aftale med Klaipėda blev drøftet i 2022, men sagen blev sat i bero.",
    "Venskabsbyer\n\nØvrige kontakter\nSagen blev sat i bero i 2022.",
    "Venskabsbyer og internationalt samarbejde\n\nHaderslev\nProjektet med skoleudveksling blev afsluttet i 2018.\n\n"
    "Tartu\nSamarbejdet er sat i bero.",
    "Andre kontakter\nAftalen med Pärnu er afsluttet.",
    "Venskabskommuner\n\nRønne\nUdvekslingen er gennemført hvert år siden 2005.\n\n"
    "Visby\nSamarbejdet blev stoppet i 2020.",
    # --- Bokmål ---
    "Vennskapsbyer\n\nTønder\nSamarbeidet ble avsluttet i 2019.\n\nFalun\nAvtalen er fortsatt aktiv.\n\n"
    "Andre kontakter\nSaken ble lagt bort i 2023.",
    "Vennskapsbyer\n\nAndre kontakter\nSpørsmålet om en avtale med Riga ble drøftet i 2023, men saken ble lagt bort.",
    "Andre kontakter\nLagt bort i 2023.",
    "Vennskapskommuner\n\nLuleå\nUtvekslingen er gjennomført hvert år.\n\nOulu\nSamarbeidet er satt på vent.",
    "Øvrige kontakter\nEn avtale med Tartu er avsluttet.",
    # --- Nynorsk ---
    "Vennskapsbyar\n\nTønder\nSamarbeidet starta i 1995 og vart avslutta i 2019.\n\n"
    "Andre kontaktar\nSpørsmålet om ein avtale med Pärnu vart drøfta i 2020, men saka vart lagd bort.",
    "Andre kontaktar\nLagd bort i 2020.",
    "Vennskapsbyar\n\nFalun\nAvtalen er avslutta.\n\nKemi\nSamarbeidet er sett på vent.",
    "Vennskapskommunar\n\nAndre kontaktar\nSaka vart lagd bort.",
    "Øvrige kontaktar\nEin avtale med Jelgava er avslutta.",
    # --- Dutch ---
    "Stedenbanden\n\nBautzen\nDe samenwerking is in 2015 afgerond.\n\nTarnów\nDe band is opgeschort.\n\n"
    "Overige contacten\nEen samenwerking met Sibiu werd in 2021 besproken, maar is uiteindelijk niet doorgegaan.",
    "Overige contacten\nIn 2018 beëindigd.",
    "Stedenband Haarlem – Osnabrück\n\nJongerenuitwisseling\nHet project is in 2019 afgerond.\n\n"
    "Sportcontacten\nDe uitwisseling is stilgelegd.",
    "Partnersteden\n\nOverige contacten\nDe gesprekken met Gent zijn gestopt.",
    "Andere contacten\nHet contact met Lüneburg is beëindigd.",
]

LANGUAGES = ["da"] * 5 + ["nb"] * 5 + ["nn"] * 5 + ["nl"] * 5

LOOK_ALIKES = [
    (
        "nb",
        "Handlingsplan for vennskapsbysamarbeid 2024\n\nTiltak 1 Skoleutveksling med Falun\nStatus: Fullført\n\n"
        "Tiltak 2 Felles kulturfestival\nStatus: Pågår",
        [("1", "Skoleutveksling med Falun", "completed"), ("2", "Felles kulturfestival", "in_progress")],
    ),
    (
        "da",
        "Status på handleplanen\n\nØvrige handlinger:\n• Ny hjemmeside er gennemført.\n• Nyt borgerpanel er i gang.",
        [(None, "Ny hjemmeside", "completed"), (None, "Nyt borgerpanel", "in_progress")],
    ),
    (
        "nl",
        "Stedenbanden\n\nNr.\tActie\tStatus\n"
        "A1\tUitwisseling scholieren\tAfgerond\nA2\tGezamenlijk festival\tIn uitvoering",
        [("A1", "Uitwisseling scholieren", "completed"), ("A2", "Gezamenlijk festival", "in_progress")],
    ),
    (
        "nn",
        "Internasjonalt arbeid\n\nAndre kontaktar\nLagd bort i 2020.\n\nNy nettstad\nFullført i mai.",
        [(None, "Ny nettstad", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text"), list(zip(LANGUAGES, RELATION_PAGES, strict=True)))
def test_a_partner_town_page_and_a_contacts_heading_give_no_action(language, text):
    assert rows(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), LOOK_ALIKES)
def test_a_tracker_or_report_still_names_its_actions(language, text, expected):
    assert rows(text, language) == expected
