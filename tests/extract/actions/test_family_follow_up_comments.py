"""Follow-up tables of council decisions whose comment column reports the status in a sentence
(snippets written for these tests): a trial that runs until a date is going on, a decision revoked
is cancelled, a motion taken into the next budget is being worked on."""

from __future__ import annotations

import pytest

from pipeline.extract.actions.status import classify
from tests.extract.actions.helpers import rows

TABLES = [
    (
        "da",
        "Opfølgning på byrådsbeslutninger – 2. kvartal 2024\n\nSagsnr.\tBeslutning\tMødedato\tOpfølgning\n"
        "24/1102\tEtablering af en ny hundeskov\t22.01.2024\tHundeskoven er etableret og åbnede i april.\n"
        "24/1187\tForsøg med gratis busser i weekenden\t19.02.2024\tForsøget kører frem til 31. december.\n"
        "24/1254\tUdredning af ny svømmehal\t18.03.2024\tUdredningen er ikke igangsat.",
        [
            ("24/1102", "Etablering af en ny hundeskov", "completed"),
            ("24/1187", "Forsøg med gratis busser i weekenden", "in_progress"),
            ("24/1254", "Udredning af ny svømmehal", "not_started"),
        ],
    ),
    (
        "nn",
        "Oppfølging av vedtak i kommunestyret\n\nSaksnr.\tVedtak\tDato\tStatus\n"
        "23/14\tNy ballbinge på Moen\t14.02.2023\tFerdig\n"
        "23/29\tGratis leige av kommunale lokale for lag\t21.03.2023\tArbeidet er i gang\n"
        "23/41\tSal av gamle lensmannsbustaden\t02.05.2023\tVedtaket er oppheva",
        [
            ("23/14", "Ny ballbinge på Moen", "completed"),
            ("23/29", "Gratis leige av kommunale lokale for lag", "in_progress"),
            ("23/41", "Sal av gamle lensmannsbustaden", "cancelled"),
        ],
    ),
    (
        "nl",
        "Overzicht moties en toezeggingen 2024\n\nNr.\tOnderwerp\tDatum raad\tAfdoening\n"
        "M24-01\tMeer bomen in de Schilderswijk\t12-02-2024\tOpenstaand\n"
        "M24-02\tGratis zwemles voor minima\t12-02-2024\tAfgedaan met raadsinformatiebrief van 3 mei\n"
        "T24-03\tOnderzoek naar een tweede brug\t18-03-2024\tWordt meegenomen in de begroting 2025",
        [
            ("M24-01", "Meer bomen in de Schilderswijk", "in_progress"),
            ("M24-02", "Gratis zwemles voor minima", "completed"),
            ("T24-03", "Onderzoek naar een tweede brug", "in_progress"),
        ],
    ),
]

SENTENCES = [
    ("da", "Forsøget kører frem til 31. december.", "in_progress"),
    ("da", "Ordningen løber til udgangen af 2025.", "in_progress"),
    ("da", "Beslutningen er ophævet af byrådet.", "cancelled"),
    ("nb", "Prøveordningen går ut året.", "in_progress"),
    ("nb", "Forsøket løper fram til sommeren.", "in_progress"),
    ("nb", "Vedtaket er opphevet.", "cancelled"),
    ("nb", "Vedtaket ble omgjort i juni.", "cancelled"),
    ("nn", "Forsøket går fram til sommaren.", "in_progress"),
    ("nn", "Vedtaket er oppheva.", "cancelled"),
    ("nn", "Vedtaket vart gjort om i juni.", "cancelled"),
    ("nl", "De pilot loopt tot eind 2025.", "in_progress"),
    ("nl", "De motie wordt meegenomen bij de evaluatie van het beleid.", "in_progress"),
    ("nl", "Het besluit is teruggedraaid.", "cancelled"),
    ("nb", "Vi går videre med saken.", "unknown"),  # no time: not a trial running
    ("da", "Bussen kører til stationen.", "unknown"),
]


@pytest.mark.parametrize(("language", "text", "expected"), TABLES)
def test_comment_sentences_of_a_follow_up_table_give_the_status(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "sentence", "status"), SENTENCES)
def test_running_trials_revoked_decisions_and_budget_follow_up(language, sentence, status):
    assert classify(sentence, language).status == status
