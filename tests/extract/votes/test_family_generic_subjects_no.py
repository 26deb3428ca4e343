"""Norwegian decisions about "the case" ("Saken ble utsatt", "Saka vart send attende"): the row is about
the case, so its subject is the case title under the case header, not the word "Saken".

Without a case title the word stays (nothing better names it), and a title field that repeats the
page's own kind ("Tittel: Saksprotokoll - ...") is the page's title, not the case's.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = {
    "nb": "Utvalg: Bystyret\nMøtedato: 18.06.2024\n\n",
    "nn": "Utval: Kommunestyret\nMøtedato: 30.11.2023\n\n",
}


def _rows(text: str, language: str) -> list[tuple]:
    return [(r.case_number, r.outcome, r.subject) for r in votes(MEETING[language] + text, language)]


@pytest.mark.parametrize(
    ("case", "decision", "outcome"),
    [
        ("PS 66/24 Salg av tomt i Gulskogen nord", "Vedtak:\nSaken ble enstemmig utsatt.", "postponed"),
        ("PS 12/24 Endring av reglement for godtgjøring", "Saken ble utsatt til neste møte.", "postponed"),
        (
            "Sak 121/23 Navnesak – nytt gatenavn i Vingrom",
            "Votering:\nSaken ble sendt tilbake til kommunedirektøren med 7 mot 2 stemmer.",
            "postponed",
        ),
        ("PS 31/24 Ny parkeringsnorm for sentrum", "Vedtak:\nSaken utsettes.", "postponed"),
        ("PS 40/24 Budsjettjustering 2. tertial", "Vedtak:\nSaken ble enstemmig vedtatt.", "adopted"),
        ("PS 41/24 Kvartalsrapport for helse og omsorg", "Vedtak:\nSaken tas til orientering.", "noted"),
    ],
)
def test_a_decision_about_the_case_bokmal_is_about_the_case_title(case, decision, outcome):
    number, title = case.split(" ", 2)[1:]
    assert _rows(f"{case}\n{decision}\n", "nb") == [(number, outcome, title)]


@pytest.mark.parametrize(
    ("case", "decision", "outcome"),
    [
        ("PS 98/23 Revisjon av reglement for folkevalde organ", "Vedtak:\nSaka vart samrøystes utsett.", "postponed"),
        ("PS 15/24 Reguleringsplan for Bulken sentrum", "Saka vert utsett til neste møte.", "postponed"),
        (
            "Sak 20/24 Ny skulestruktur i Vangen krins",
            "Røysting:\nSaka vart send attende til kommunedirektøren med 25 mot 14 røyster.",
            "postponed",
        ),
        ("PS 21/24 Tertialrapport 1/2024", "Vedtak:\nSaka vert teken til vitande.", "noted"),
        ("PS 22/24 Gebyrregulativ for feiing", "Vedtak:\nSaka vart samrøystes vedteken.", "adopted"),
    ],
)
def test_a_decision_about_the_case_nynorsk_is_about_the_case_title(case, decision, outcome):
    number, title = case.split(" ", 2)[1:]
    assert _rows(f"{case}\n{decision}\n", "nn") == [(number, outcome, title)]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("nb", "Saken ble utsatt til bystyrets møte 29.08.2024."),
        ("nb", "Saken ble enstemmig utsatt."),
        ("nn", "Saka vart utsett til neste møte."),
    ],
)
def test_a_title_field_repeating_the_pages_kind_is_not_the_cases_title(language, decision):
    header = "Utvalg: Bystyret Møtedato: 13.06.2024 Sak: 87/24\n\nTittel: Saksprotokoll - Internasjonal strategi\n\n"
    rows = [(r.case_number, r.outcome, r.subject) for r in votes(header + f"Behandling:\n\n{decision}\n", language)]
    assert rows == [("87/24", "postponed", "Saken" if language == "nb" else "Saka")]


def test_a_named_proposal_keeps_its_own_subject_not_the_case_title():
    text = (
        "PS 43/24 Detaljregulering for Hunnselva nord\n"
        "Forslag fra Tone Bakke (FrP):\nSaken sendes tilbake til kommunedirektøren.\n\n"
        "Votering:\nForslaget fra Bakke falt med 8 mot 26 stemmer.\n"
    )
    rows = _rows(text, "nb")
    assert rows and rows[0][1:] == ("rejected", "Saken sendes tilbake til kommunedirektøren")
