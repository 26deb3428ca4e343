"""Notes under a decision table: a row pointing below ("Se nedenfor", "Zie toelichting") has its decision written
in a section under the table ("Ad 104 - Lokalplan 12"), which is that row's item; a note only explaining a row the
table decided adds no second row."""

from __future__ import annotations

import pytest

from tests.extract.votes.test_family_decision_tables import decided

POINTED_BELOW = [
    (
        "da",
        "| Nr. | Sag | Beslutning |\n|---|---|---|\n| 103 | Halvårsregnskab | Taget til efterretning. |\n"
        "| 104 | Lokalplan 12 | Se nedenfor |\n\nAd 104 - Lokalplan 12\n\n"
        "Lokalplanen blev vedtaget med 20 stemmer mod 5.\n",
        [("103", "noted"), ("104", "adopted")],
    ),
    (
        "nl",
        "| Nr. | Onderwerp | Besluit |\n|---|---|---|\n| 4 | Kadernota 2027 | Vastgesteld |\n"
        "| 5 | Omgevingsvisie | Zie toelichting |\n\nAd 5. Omgevingsvisie\n\n"
        "Het voorstel is aangenomen met 20 stemmen voor en 7 stemmen tegen.\n",
        [("4", "adopted"), ("5", "adopted")],
    ),
    (
        "nl",
        "| Nr. | Onderwerp | Besluit |\n|---|---|---|\n| 6 | Omgevingsvisie | Zie hieronder |\n"
        "| 7 | Jaarrekening | Vastgesteld |\n\nToelichting bij agendapunt 6\n\nHet voorstel is verworpen.\n",
        [("6", "rejected"), ("7", "adopted")],
    ),
    (
        "nb",
        "| Saksnr. | Tittel | Vedtak |\n|---|---|---|\n| 15/26 | Kommuneplanens arealdel | Se nedenfor |\n"
        "| 16/26 | Årsmelding | Tatt til orientering |\n\nTil sak 15/26 Kommuneplanens arealdel\n\n"
        "Innstillingen ble vedtatt med 30 mot 5 stemmer.\n",
        [("15/26", "adopted"), ("16/26", "noted")],
    ),
    (
        "nn",
        "| Sak | Tittel | Vedtak |\n|---|---|---|\n| 17/26 | Skulebruksplan | Sjå nedanfor |\n"
        "| 18/26 | Årsmelding | Teke til vitande |\n\nAd sak 17/26 Skulebruksplan\n\n"
        "Innstillinga vart samrøystes vedteken.\n",
        [("17/26", "adopted"), ("18/26", "noted")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), POINTED_BELOW)
def test_a_decision_written_below_the_table_is_the_pointing_rows_item(language, text, expected):
    assert sorted((r[0], r[2]) for r in decided(text, language)) == sorted(expected)


EXPLAINED_BELOW = [
    (
        "nl",
        "| Nr. | Onderwerp | Besluit |\n|---|---|---|\n| 5 | Bestemmingsplan Zuid | Aangenomen |\n"
        "| 6 | Motie bomenkap | Verworpen |\n\nToelichting bij de besluiten\n\n"
        "Ad 5. Bestemmingsplan Zuid\n\nNa de verwerping van het amendement stemde de raad in met het voorstel.\n",
        ["5", "6"],
    ),
    (
        "nl",
        "| Nr. | Onderwerp | Besluit |\n|---|---|---|\n| 5 | Bestemmingsplan Zuid | Aangenomen |\n"
        "| 6 | Verordening | Vastgesteld |\n\nToelichting bij de besluiten\n\n"
        "Het amendement werd verworpen, waarna het voorstel werd aangenomen.\n",
        ["5", "6"],
    ),
    (
        "nl",
        "| Nr. | Onderwerp | Besluit |\n|---|---|---|\n| 8 | Kadernota | Vastgesteld |\n\n"
        "Toelichting bij agendapunt 8\n\nDe kadernota is met 25 stemmen voor en 4 stemmen tegen aangenomen.\n",
        ["8"],
    ),
    (
        "da",
        "| Nr. | Sag | Beslutning |\n|---|---|---|\n| 201 | Budget 2027 | Godkendt |\n\n"
        "Ad 201. Budget 2027\n\nBudgettet blev godkendt med 17 stemmer mod 8.\n",
        ["201"],
    ),
    (
        "nb",
        "| Saksnr. | Tittel | Vedtak |\n|---|---|---|\n| 20/26 | Budsjett 2027 | Vedtatt |\n\n"
        "Til sak 20/26 Budsjett 2027\n\nInnstillingen ble vedtatt mot 8 stemmer.\n",
        ["20/26"],
    ),
    (
        "nn",
        "| Sak | Tittel | Vedtak |\n|---|---|---|\n| 21/26 | Budsjett 2027 | Vedteke |\n\n"
        "Ad sak 21/26 Budsjett 2027\n\nInnstillinga vart vedteken med 20 mot 5 røyster.\n",
        ["21/26"],
    ),
]


@pytest.mark.parametrize(("language", "text", "cases"), EXPLAINED_BELOW)
def test_a_note_below_the_table_explaining_a_decided_row_adds_no_second_row(language, text, cases):
    assert [r[0] for r in decided(text, language)] == cases
