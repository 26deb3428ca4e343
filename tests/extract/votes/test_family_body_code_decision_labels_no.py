"""A Norwegian decision label carrying the deciding body's case-list code ("FS-vedtak:", "KS-vedtak:",
"HTM-vedtak:") opens a decision block as the plain "Vedtak:" does: the case decided what the block says,
and a case below it is not swallowed by it. The code alone in running text ("oppfølging av KS-vedtak frå 2019")
or an earlier decision's reference ("FS-vedtak 12/25 la føringer") labels nothing."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

LABELLED = [
    ("nb", "FS-vedtak: Formannskapet godkjenner kjøp av ny brannbil innenfor en ramme på 6 mill. kr.\n"),
    ("nb", "KS-vedtak:\nKommunestyret vedtar ny gebyrforskrift.\n"),
    ("nn", "HTM-vedtak: Dispensasjon vert gitt.\n"),
    ("nn", "PS-vedtak: Søknaden vert avslått.\nSamrøystes.\n"),
    ("nb", "UTV-vedtak: Saken utsettes til neste møte.\n"),
    ("nn", "FS-vedtak: Formannskapet tek orienteringa til vitande.\n"),
]


def _cells(body: str, language: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome, r.unanimous) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(("language", "body"), LABELLED)
def test_a_body_coded_decision_label_reads_as_the_plain_label(language, body):
    code = body.split("-vedtak", 1)[0]
    plain = body.replace(f"{code}-vedtak", "Vedtak", 1)
    assert _cells(body, language) == _cells(plain, language) != []


def test_a_case_below_a_body_coded_decision_keeps_its_own_row():
    text = (
        "Formannskapet\n\nMøtedato: 24.02.2026\n\n"
        "PS 16/26  Innkjøp av arbeidsbåt\n"
        "FS-vedtak: Formannskapet godkjenner innkjøp innanfor ei ramme på 4 mill. kr.\n"
        "\nPS 17/26  Orientering frå kommunedirektøren\nKommunedirektøren orienterte om rekrutteringa.\n"
        "Formannskapet tok orienteringa til vitande.\n"
    )
    rows = [(r.case_number, r.outcome) for r in votes(text, "nn")]
    assert rows == [("16/26", "adopted"), ("17/26", "noted")]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nn", "Saka gjeld oppfølging av KS-vedtak frå 2019 om skulestruktur.\nAdministrasjonen orienterte.\n"),
        ("nb", "Bakgrunn:\nFS-vedtak 12/25 la føringer for arbeidet.\n"),
    ],
)
def test_a_body_code_in_running_text_labels_nothing(language, body):
    assert votes(CASE[language] + body, language) == []
