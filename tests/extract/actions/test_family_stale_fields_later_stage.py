"""A tracker's status field left behind by its explanation, a second set of snippets written for these
tests: the explanation names the item (its title word, "Tiltaket", "Het initiatief") and reports a later
stage - opened, taken into use, cancelled, begun - so it wins over "Ikke påbegynt", "Planlagt", "Under
arbeid". A design finished while building starts later keeps the item in progress.

Look-alikes: an explanation about an earlier stage ("sat i gang i 2022" under "Afsluttet") or a
preliminary sub-step ("Forprosjektet er avsluttet" under "Under arbeid") leaves the field.
"""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

STALE = [
    (
        "da",
        "Opfølgning på byrådsbeslutninger\n"
        "\n"
        "Sag 2024-031 Ny hundeskov ved Engvej\n"
        "Status: Ikke påbegyndt\n"
        "Bemærkning: Hundeskoven blev åbnet for publikum i september.\n",
        [("2024-031", "Ny hundeskov ved Engvej", "completed")],
    ),
    (
        "da",
        "Beslutning B-77: Udvidelse af daginstitution Solsikken\n"
        "Status: Under udarbejdelse\n"
        "Uddybning: Udvidelsen er færdig og blev taget i brug 1. marts.\n",
        [("B-77", "Udvidelse af daginstitution Solsikken", "completed")],
    ),
    (
        "da",
        "Beslutning B-78: Frivilligcenter i Nordby\n"
        "Status: Planlagt\n"
        "Uddybning: Centret er i gang med at blive indrettet og åbner i foråret.\n",
        [("B-78", "Frivilligcenter i Nordby", "in_progress")],
    ),
    (
        "da",
        "Beslutning B-79: Byttecentral på genbrugspladsen\n"
        "Status: I gang\n"
        "Bemærkning: Indsatsen er opgivet, da der ikke var plads på genbrugspladsen.\n",
        [("B-79", "Byttecentral på genbrugspladsen", "cancelled")],
    ),
    (
        "da",
        "Beslutning B-80: Ny skatepark\n"
        "Status: I gang\n"
        "Bemærkning: Projekteringen er afsluttet, og anlægget begynder i maj.\n",
        [("B-80", "Ny skatepark", "in_progress")],
    ),
    (
        "nb",
        "Vedtak 14/2024 Ny hundepark på Solbakken\n"
        "Status: Ikke påbegynt\n"
        "Kommentar: Hundeparken ble åpnet i september.\n",
        [("14/2024", "Ny hundepark på Solbakken", "completed")],
    ),
    (
        "nb",
        "Vedtak 15/2024 Utvidelse av Solsikken barnehage\n"
        "Status: Planlagt\n"
        "Kommentar: Utvidelsen er ferdig og ble tatt i bruk 1. mars.\n",
        [("15/2024", "Utvidelse av Solsikken barnehage", "completed")],
    ),
    (
        "nb",
        "Vedtak 16/2024 Bytteordning for sportsutstyr\n"
        "Status: Under arbeid\n"
        "Kommentar: Tiltaket er avlyst fordi det ikke var lokaler.\n",
        [("16/2024", "Bytteordning for sportsutstyr", "cancelled")],
    ),
    (
        "nb",
        "Vedtak 17/2024 Frivilligsentral på Nordby\n"
        "Status: Ikke startet\n"
        "Kommentar: Arbeidet med å innrede lokalene er i gang.\n",
        [("17/2024", "Frivilligsentral på Nordby", "in_progress")],
    ),
    (
        "nb",
        "Vedtak 18/2024 Ny skatepark\n"
        "Status: Under arbeid\n"
        "Kommentar: Prosjekteringen er ferdig, og byggingen starter i mai.\n",
        [("18/2024", "Ny skatepark", "in_progress")],
    ),
    (
        "nn",
        "Vedtak 21/2024 Ny hundepark på Solbakken\n"
        "Status: Ikkje påbyrja\n"
        "Kommentar: Hundeparken vart opna i september.\n",
        [("21/2024", "Ny hundepark på Solbakken", "completed")],
    ),
    (
        "nn",
        "Vedtak 22/2024 Utviding av Solsikken barnehage\n"
        "Status: Planlagt\n"
        "Kommentar: Utvidinga er ferdig og vart teken i bruk 1. mars.\n",
        [("22/2024", "Utviding av Solsikken barnehage", "completed")],
    ),
    (
        "nn",
        "Vedtak 23/2024 Bytteordning for sportsutstyr\n"
        "Status: Under arbeid\n"
        "Kommentar: Tiltaket er avlyst fordi det ikkje var lokale.\n",
        [("23/2024", "Bytteordning for sportsutstyr", "cancelled")],
    ),
    (
        "nn",
        "Vedtak 24/2024 Frivilligsentral på Nordby\n"
        "Status: Ikkje starta\n"
        "Kommentar: Arbeidet med å innreie lokala er i gang.\n",
        [("24/2024", "Frivilligsentral på Nordby", "in_progress")],
    ),
    (
        "nn",
        "Vedtak 25/2024 Ny skatepark\n"
        "Status: Under arbeid\n"
        "Kommentar: Prosjekteringa er ferdig, og bygginga startar i mai.\n",
        [("25/2024", "Ny skatepark", "in_progress")],
    ),
    (
        "nl",
        "Motie M2024-31 Hondenlosloopgebied in het Westpark\n"
        "Status: Nog niet gestart\n"
        "Toelichting: Het losloopgebied is in september geopend.\n",
        [("M2024-31", "Hondenlosloopgebied in het Westpark", "completed")],
    ),
    (
        "nl",
        "Motie M2024-32 Uitbreiding kinderopvang De Zonnebloem\n"
        "Status: Gepland\n"
        "Toelichting: De uitbreiding is klaar en sinds 1 maart in gebruik.\n",
        [("M2024-32", "Uitbreiding kinderopvang De Zonnebloem", "completed")],
    ),
    (
        "nl",
        "Motie M2024-33 Ruilpunt op de milieustraat\n"
        "Status: In uitvoering\n"
        "Toelichting: Het initiatief is geschrapt omdat er geen ruimte was.\n",
        [("M2024-33", "Ruilpunt op de milieustraat", "cancelled")],
    ),
    (
        "nl",
        "Toezegging TZ-41 Nieuw skatepark\n"
        "Status: In uitvoering\n"
        "Toelichting: Het ontwerp is afgerond en de aanleg start in mei.\n",
        [("TZ-41", "Nieuw skatepark", "in_progress")],
    ),
    (
        "nl",
        "Toezegging TZ-42 Nieuwe hondenuitlaatplaats\n"
        "Status: Gepland\n"
        "Toelichting: De uitlaatplaats is in juli in gebruik genomen.\n",
        [("TZ-42", "Nieuwe hondenuitlaatplaats", "completed")],
    ),
]

CURRENT = [
    (
        "da",
        "Beslutning B-81: Ny naturskole\n"
        "Status: Afsluttet\n"
        "Bemærkning: Projektet blev sat i gang i 2022 med midler fra en fond.\n",
        [("B-81", "Ny naturskole", "completed")],
    ),
    (
        "da",
        "Beslutning B-82: Ny cykelbro over åen\n"
        "Status: I gang\n"
        "Bemærkning: Forundersøgelsen er afsluttet, og broen er under opførelse.\n",
        [("B-82", "Ny cykelbro over åen", "in_progress")],
    ),
    (
        "nb",
        "Vedtak 31/2024 Ny naturskole\n"
        "Status: Fullført\n"
        "Kommentar: Prosjektet ble satt i gang i 2022 med midler fra en stiftelse.\n",
        [("31/2024", "Ny naturskole", "completed")],
    ),
    (
        "nb",
        "Vedtak 32/2024 Ny gangbru over elva\nStatus: Under arbeid\nKommentar: Forprosjektet er avsluttet.\n",
        [("32/2024", "Ny gangbru over elva", "in_progress")],
    ),
    (
        "nn",
        "Vedtak 33/2024 Ny naturskule\n"
        "Status: Fullført\n"
        "Kommentar: Prosjektet vart sett i gang i 2022 med midlar frå ei stifting.\n",
        [("33/2024", "Ny naturskule", "completed")],
    ),
    (
        "nn",
        "Vedtak 34/2024 Ny gangbru over elva\nStatus: Under arbeid\nKommentar: Forprosjektet er avslutta.\n",
        [("34/2024", "Ny gangbru over elva", "in_progress")],
    ),
    (
        "nl",
        "Motie M2024-41 Nieuwe natuurschool\n"
        "Status: Afgerond\n"
        "Toelichting: Het project is in 2022 gestart met geld van een fonds.\n",
        [("M2024-41", "Nieuwe natuurschool", "completed")],
    ),
    (
        "nl",
        "Motie M2024-42 Fietsbrug over de rivier\nStatus: In uitvoering\nToelichting: Het vooronderzoek is afgerond.\n",
        [("M2024-42", "Fietsbrug over de rivier", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), STALE)
def test_an_explanation_of_a_later_stage_overrules_the_status_field(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), CURRENT)
def test_an_earlier_stage_or_a_sub_step_leaves_the_status_field(language, text, expected):
    assert rows(text, language) == expected
