"""Family: an item of a tracker or status report whose own text says no report came in ("Toelichting: Geen gegevens
ontvangen", "Det ligg ikkje føre informasjon om dette tiltaket", "Kommentar: Ingen tilbakemelding fra enheten"):
its status is unknown, whatever the heading it stands under, the report's summary or a later note about other
items says. A status field that states a status, or a line of the item stating one before the remark, still
decides. Trackers written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

TRACKERS = {
    "da": (
        "Opfølgning på sundhedspolitikken 2026\n\n"
        "Indsats 1.1 Rygestop for unge\nAnsvarlig: Sundhedsafdelingen\nStatus: Gennemført\n"
        "Bemærkning: Kurset er afholdt på alle skoler.\n\n"
        "Indsats 1.2 Kortlægning af ensomhed\nAnsvarlig: Ældreområdet\nStatus:\n"
        "Bemærkning: Ingen tilbagemelding fra området.\n\n"
        "Opsummering: Indsatserne er i gang og følger planen.\n",
        [("1.1", "Rygestop for unge", "completed"), ("1.2", "Kortlægning af ensomhed", "unknown")],
    ),
    "nb": (
        "Rapportering handlingsplan for folkehelse 2026\n\n"
        "Tiltak A1 Frisklivssentral\nStatus: Pågår\nKommentar: Koordinator er ansatt.\n\n"
        "Tiltak A2 Kartlegging av ensomhet hos eldre\nStatus:\n"
        "Kommentar: Ingen tilbakemelding fra enheten per 31.12.\n\n"
        "Merknad: Tiltak A3 har oppstart i 2027 og er derfor ikke startet.\n",
        [("A1", "Frisklivssentral", "in_progress"), ("A2", "Kartlegging av ensomhet hos eldre", "unknown")],
    ),
    "nn": (
        "Rapport handlingsprogram folkehelse 2026\n\n"
        "Tiltak B1 Gratis sommaraktivitetar\nSommaraktivitetane er gjennomførte med 200 deltakarar.\n\n"
        "Tiltak B2 Kartlegging av einsemd blant eldre\n"
        "Det ligg ikkje føre informasjon om dette tiltaket per 31.12.\n"
        "Merknad: Tiltak B3 har oppstart i 2027 og er difor ikkje starta.\n",
        [("B1", "Gratis sommaraktivitetar", "completed"), ("B2", "Kartlegging av einsemd blant eldre", "unknown")],
    ),
    "nl": (
        "Opvolgingsrapportering meerjarenplan 2026\n\n"
        "Actie 3.1.1 Nieuwe speelpleinen in de deelgemeenten\nVerantwoordelijke: dienst Openbaar Domein\n"
        "Status: Lopend\nToelichting: Uitvoering in 2026 en 2027.\n\n"
        "Actie 3.1.2 Aansluiting bij het netwerk Gezonde Gemeente\nVerantwoordelijke: dienst Welzijn\nStatus:\n"
        "Toelichting: Geen gegevens ontvangen.\n\n"
        "Samenvatting: de uitvoering ligt op koers.\n",
        [
            ("3.1.1", "Nieuwe speelpleinen in de deelgemeenten", "in_progress"),
            ("3.1.2", "Aansluiting bij het netwerk Gezonde Gemeente", "unknown"),
        ],
    ),
}

STATED = [
    (
        "nb",
        "Tiltak C1 Nytt lysanlegg i hallen\nStatus: Pågår\nKommentar: Ingen tilbakemelding fra entreprenøren ennå.\n",
        ("C1", "Nytt lysanlegg i hallen", "in_progress"),
    ),
    (
        "nl",
        "Actie 4.2 Fietsstraat Kerkstraat\nStatus: Afgerond\nToelichting: Geen gegevens ontvangen over het gebruik.\n",
        ("4.2", "Fietsstraat Kerkstraat", "completed"),
    ),
    (
        "da",
        "Indsats 2.1 Ny legeplads\nLegepladsen er færdig og åbnet.\nIngen tilbagemelding fra brugerne endnu.\n",
        ("2.1", "Ny legeplads", "completed"),
    ),
]


@pytest.mark.parametrize("language", list(TRACKERS))
def test_an_item_without_a_report_is_unknown_whatever_the_summary_says(language):
    text, expected = TRACKERS[language]
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), STATED)
def test_a_stated_status_before_a_remark_on_missing_feedback_still_decides(language, text, expected):
    assert expected in rows(text, language)
