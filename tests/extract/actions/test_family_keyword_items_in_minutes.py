"""Family: a case in meeting minutes reports on a plan, one line per action opening with the action word and its
number ("Tiltak 2 Felles instrumentlager: arbeidet er i gang", "Indsats 3 Grønne tage – afsluttet"). A short word
and a number open a meeting's own cases too ("Pkt. 17 Budget", "Sak 12 Skole"), but an action word with its status
names an action of the plan, not a case. The meeting's cases stay cases. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

HEADS = {  # a meeting's head and a first case decided, as minutes open
    "nn": "Vestvik kommune\nUtval for teknikk\n\nPROTOKOLL\nMøte onsdag 12. mai 2026, kl. 10.00, rådhuset\n"
          "Desse møtte: Kari Li (Sp, leiar), Per Dal (H), Eva Nes (Ap)\nForfall: ingen\n\n"
          "Sak 20/26 Ny brøyteavtale\nVedtak i Utval for teknikk – 12.05.2026\nSamrøystes vedteke.\n\n",
    "nb": "Nordby kommune\nHovedutvalg for helse\n\nPROTOKOLL\nMøte tirsdag 3. juni 2026, kl. 09.00, rådhuset\n"
          "Disse møtte: Ola Berg (Ap, leder), Anne Lie (H), Jon Sand (Sp)\nForfall: ingen\n\n"
          "Sak 13/26 Nye åpningstider\nVedtak i Hovedutvalg for helse – 03.06.2026\nEnstemmig vedtatt.\n\n",
    "da": "Sydby Kommune\nKlimaudvalget\n\nREFERAT\nMøde onsdag den 4. marts 2026, kl. 16.00, rådhuset\n"
          "Til stede: Mette Holm (A, formand), Jens Bak (V), Lise Due (F)\nFraværende: ingen\n\n"
          "Sag 8/26 Ny affaldsordning\nBeslutning i Klimaudvalget – 04.03.2026\nGodkendt.\n\n",
}

REPORTED = [
    (
        "nn",
        HEADS["nn"] + "Sak 21/26 Status for trafikktryggleiksplanen\nSaksutgreiing (utdrag)\n"
        "Tiltak 1 Fortau til skulen: gjennomført hausten 2025.\nTiltak 2 Ny gangbru: i gang.\n"
        "Tiltak 3 Lys langs stien: ikkje starta.\nVedtak i Utval for teknikk – 12.05.2026\n"
        "Utvalet tek statusen til vitande.\n",
        [("1", "Fortau til skulen", "completed"), ("2", "Ny gangbru", "in_progress"),
         ("3", "Lys langs stien", "not_started")],
    ),
    (
        "nb",
        HEADS["nb"] + "Sak 14/26 Status for folkehelseplanen\nSaksutredning\n"
        "Tiltak 4 Gratis trening for seniorer: gjennomført.\nTiltak 5 Røykfri skoletid: pågår.\n"
        "Vedtak i Hovedutvalg for helse – 03.06.2026\nSaken tas til orientering.\n",
        [("4", "Gratis trening for seniorer", "completed"), ("5", "Røykfri skoletid", "in_progress")],
    ),
    (
        "da",
        HEADS["da"] + "Sag 9/26 Status på klimaplanen\nSagsfremstilling\n"
        "Indsats 1 Grønne tage: afsluttet.\nIndsats 2 Elbusser i byen: i gang.\n"
        "Indsats 3 Regnvandsbassin: ikke påbegyndt.\nBeslutning i Klimaudvalget – 04.03.2026\n"
        "Taget til efterretning.\n",
        [("1", "Grønne tage", "completed"), ("2", "Elbusser i byen", "in_progress"),
         ("3", "Regnvandsbassin", "not_started")],
    ),
    (
        "nn",
        HEADS["nn"] + "Sak 22/26 Oppfølging av næringsplanen\n"
        "Prosjekt 2 Ny næringspark: ferdigstilt i mai.\nProsjekt 3 Gründerhus i sentrum: ikkje starta.\n"
        "Vedtak i Utval for teknikk – 12.05.2026\nTeke til vitande.\n",
        [("2", "Ny næringspark", "completed"), ("3", "Gründerhus i sentrum", "not_started")],
    ),
    (
        "nb",
        HEADS["nb"] + "Sak 15/26 Rapport om rusplanen\n"
        "Tiltak 2.1 Ny lavterskelbolig: ferdigstilt.\nTiltak 2.2 Ettervernsteam: pågår.\n"
        "Vedtak i Hovedutvalg for helse – 03.06.2026\nTas til orientering.\n",
        [("2.1", "Ny lavterskelbolig", "completed"), ("2.2", "Ettervernsteam", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), REPORTED)
def test_an_action_word_item_with_its_status_in_minutes_is_an_action(language, text, expected):
    assert rows(text, language) == expected


CASES = [  # the meeting's own cases, numbered after a short word, with what the meeting did
    ("da", HEADS["da"] + "Pkt. 17 Budgetopfølgning: godkendt.\nPkt. 18 Salg af grund: udsat.\n"),
    ("nb", HEADS["nb"] + "Sak 41 Ny skole på Berg: vedtatt.\nSak 42 Ny barnehage: utsatt.\n"),
    # the minutes number their own decision articles: a word the document itself numbers with is no action word
    ("nl", "Gemeente Oosterzele\nNotulen gemeenteraad\nZitting van dinsdag 8 september 2026\n\n"
           "Aanwezig: de voorzitter, de burgemeester, de schepenen en 21 raadsleden\n\nOPENBARE ZITTING\n\n"
           "1. Goedkeuring notulen van de vorige zitting\nStemming: eenparig\n"
           "Besluit: De notulen worden goedgekeurd.\n\n"
           "2. Toetreding tot het netwerk van fietsgemeenten\nStemming: met 15 stemmen voor en 6 stemmen tegen\n"
           "Besluit\nArtikel 1. De gemeenteraad beslist toe te treden tot het netwerk van fietsgemeenten.\n"
           "Artikel 2. De burgemeester wordt gemachtigd de verklaring te ondertekenen.\n\n"
           "3. Reglement op het gebruik van de turnzaal\nStemming: eenparig\nBesluit\n"
           "Artikel 1. Het reglement wordt vastgesteld zoals in bijlage.\n\n"
           "4. Kennisname jaarverslag brandweerzone\nBesluit\n"
           "Artikel 1. De gemeenteraad neemt kennis van het jaarverslag 2025.\n"),
]


@pytest.mark.parametrize(("language", "text"), CASES)
def test_a_meetings_own_numbered_cases_stay_cases(language, text):
    assert rows(text, language) == []
