"""Family: a follow-up table in plain text whose header is underlined by runs of dashes with spaces between
them ("------  ---------------  ------"), as fixed-width exports print it, often with a labelled comment line
under each row ("Kommentar: ..."). The ruler is drawing, not the table's end: every row is one action.
Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

TABLES = {
    "da": (
        "Opfølgning på byrådets beslutninger - 2. kvartal 2026\n\n"
        "Sag      Beslutning                                   Status\n"
        "-------  -------------------------------------------  ---------------\n"
        "14/26    Ny legeplads i Vestbyen                      Gennemført\n"
        "         Bemærkning: Legepladsen blev indviet i maj.\n"
        "22/26    Helhedsplan for havnen                       I gang\n"
        "         Bemærkning: Borgermøde holdes i september.\n"
        "31/26    Gratis bus for pensionister                  Ikke påbegyndt\n",
        [
            ("14/26", "Ny legeplads i Vestbyen", "completed"),
            ("22/26", "Helhedsplan for havnen", "in_progress"),
            ("31/26", "Gratis bus for pensionister", "not_started"),
        ],
    ),
    "nb": (
        "Vedtaksoppfølging 2. tertial 2026\n\n"
        "Sak     Vedtak                                       Status\n"
        "------  -------------------------------------------  ------------\n"
        "45/25   Gratis leksehjelp for 5. trinn               Utført\n"
        "        Kommentar: Tilbudet startet i august.\n"
        "61/25   Ny idrettshall på Bakken                     Under arbeid\n"
        "        Kommentar: Anbudet er lyst ut.\n"
        "80/25   Lånegaranti for Fritidsparken                Ikke påbegynt\n",
        [
            ("45/25", "Gratis leksehjelp for 5. trinn", "completed"),
            ("61/25", "Ny idrettshall på Bakken", "in_progress"),
            ("80/25", "Lånegaranti for Fritidsparken", "not_started"),
        ],
    ),
    "nn": (
        "Oppfølging av politiske vedtak - 1. tertial 2026\n\n"
        "Sak     Vedtak                                   Status\n"
        "-----   ---------------------------------------  -----------\n"
        "12/25   Ny gangveg til skulen                    Fullført\n"
        "        Merknad: Vegen vart opna i april.\n"
        "19/25   Utgreiing av felles brannvesen           Pågår\n"
        "        Merknad: Rapporten kjem i juni.\n"
        "27/25   Gratis kjernetid i SFO                   Stilt i bero\n",
        [
            ("12/25", "Ny gangveg til skulen", "completed"),
            ("19/25", "Utgreiing av felles brannvesen", "in_progress"),
            ("27/25", "Gratis kjernetid i SFO", "paused"),
        ],
    ),
    "nl": (
        "Voortgang moties en toezeggingen - voorjaar 2026\n\n"
        "Nr.     Motie                                     Stand van zaken\n"
        "------  ----------------------------------------  ---------------\n"
        "M12     Meer bomen in de binnenstad               Afgerond\n"
        "        Toelichting: Er zijn 140 bomen geplant.\n"
        "M15     Onderzoek naar een jongerenraad           In uitvoering\n"
        "        Toelichting: De raad ontvangt in juni een voorstel.\n"
        "M19     Gratis parkeren op zaterdag               Nog niet gestart\n",
        [
            ("M12", "Meer bomen in de binnenstad", "completed"),
            ("M15", "Onderzoek naar een jongerenraad", "in_progress"),
            ("M19", "Gratis parkeren op zaterdag", "not_started"),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(TABLES))
def test_every_row_under_a_space_separated_ruler_is_an_action(language):
    text, expected = TABLES[language]
    assert rows(text, language) == expected
