"""Items decided inside running prose, each named by its number and its title in brackets ("Pkt. 4 (Titel) blev
taget til efterretning, og pkt. 6 (Titel) blev godkendt uden afstemning."): one row per item, about its title,
with the bracket's number as its case. Layouts varied: a note under a vote table, a news paragraph, one item or
two per sentence, a title wrapped over a line break, Danish, Bokmål, Nynorsk and Dutch item words.
Look-alikes: a bracketed item with no outcome (a question), and an item decided at an earlier dated meeting.
All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Kommunalbestyrelsen\n\nMødedato: 9. april 2026\n\n",
    "nb": "Kommunestyret\n\nMøtedato: 09.04.2026\n\n",
    "nn": "Kommunestyret\n\nMøtedato: 09.04.2026\n\n",
    "nl": "Gemeenteraad\n\nvergadering van donderdag 9 april 2026\n\n",
}


def _rows(text: str, language: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome) for r in votes(HEAD[language] + text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "da",
            "Bemærkninger\nPkt. 8 (Status på klimaplanen) blev taget til efterretning, og pkt. 10 (Takster for "
            "daginstitutioner 2027) blev godkendt uden afstemning.\n",
            [("8", "Status på klimaplanen", "noted"), ("10", "Takster for daginstitutioner 2027", "adopted")],
        ),
        (
            "da",
            "Punkt 22 (Salg af grund på Havnevej) blev vedtaget uden afstemning.\n",
            [("22", "Salg af grund på Havnevej", "adopted")],
        ),
        (
            "da",
            "Desuden blev pkt. 5 (Lokalplan for et nyt\nboligområde ved Skovvej) udsat til næste møde.\n",
            [("5", "Lokalplan for et nyt boligområde ved Skovvej", "postponed")],
        ),
        (
            "nb",
            "Sak 31/26 (Tilstandsrapport for skolene) ble tatt til orientering, og sak 33/26 (Låneopptak 2026) "
            "ble vedtatt uten votering.\n",
            [("31/26", "Tilstandsrapport for skolene", "noted"), ("33/26", "Låneopptak 2026", "adopted")],
        ),
        (
            "nb",
            "Sak 40/26 (Avtale om interkommunal legevakt) ble utsatt til neste møte.\n",
            [("40/26", "Avtale om interkommunal legevakt", "postponed")],
        ),
        (
            "nn",
            "Sak 12/26 (Rapport frå kontrollutvalet) vart teken til vitande, og sak 14/26 (Bustadsosial plan) "
            "vart vedteken utan røysting.\n",
            [("12/26", "Rapport frå kontrollutvalet", "noted"), ("14/26", "Bustadsosial plan", "adopted")],
        ),
        (
            "nn",
            "Sak 19/26 (Ny brannordning for regionen) vart vedteken utan røysting.\n",
            [("19/26", "Ny brannordning for regionen", "adopted")],
        ),
        (
            "nl",
            "Toelichting\nAgendapunt 6 (Jaarverslag van de ombudsman) werd voor kennisgeving aangenomen, en "
            "agendapunt 8 (Verordening precariobelasting) werd zonder stemming aangenomen.\n",
            [("6", "Jaarverslag van de ombudsman", "noted"), ("8", "Verordening precariobelasting", "adopted")],
        ),
        (
            "nl",
            "Punt 12 (Krediet voor de renovatie van het zwembad) werd zonder stemming aangenomen.\n",
            [("12", "Krediet voor de renovatie van het zwembad", "adopted")],
        ),
    ],
)
def test_each_bracketed_item_is_a_row_about_its_title(language, text, expected):
    assert _rows(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Pkt. 9 (Spørgsmål om vejbelysning) var et spørgsmål fra et medlem.\n"),
        ("nb", "Sak 18/26 (Spørsmål om brøyting) var et spørsmål fra et medlem.\n"),
        ("da", "Pkt. 11 (Skolestruktur) blev godkendt på mødet den 3. marts 2025.\n"),
        ("nl", "Agendapunt 4 (Parkeerbeleid) werd aangenomen in de vergadering van 12 maart 2025.\n"),
    ],
)
def test_a_bracketed_item_without_an_outcome_or_from_an_earlier_meeting_is_no_row(language, text):
    assert _rows(text, language) == []


def test_a_case_heading_with_a_bracketed_title_leaves_its_treatment_alone():
    text = "Sak 21/26 (Kommunal planstrategi)\nInnstillingen ble vedtatt med 19 mot 6 stemmer.\n"
    (row,) = votes(HEAD["nb"] + text, "nb")
    assert (row.subject, row.votes_for, row.votes_against) == ("Innstillingen", 19, 6)
