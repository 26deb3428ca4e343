"""The minutes' own approval and page furniture (da, nb, nn): how the record is signed ("Referatet er godkendt
elektronisk af udvalgets medlemmer.", "Protokollen godkjennes ved signering.") is never a decision, under
the last case's decision, after a blank line or in a footer. A case approving an earlier meeting's minutes
("Godkendelse af referat fra mødet den 12. maj" / "Godkendt.") stays a row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

DECISION = {
    "da": "Beslutning\nGodkendt.\n",
    "nb": "Vedtak:\nInnstillingen ble vedtatt.\n",
    "nn": "Vedtak:\nInnstillinga vart vedteken.\n",
}

SIGN_OFFS = [
    ("da", "Side 1 af 1 - Referatet er godkendt elektronisk af udvalgets medlemmer.\n"),
    ("da", "\nReferatet underskrives digitalt.\n"),
    ("da", "\n\nBeslutningsprotokollen er underskrevet elektronisk af samtlige medlemmer.\n"),
    ("da", "Referatet godkendes på næste møde.\n"),
    ("da", "\nElektronisk godkendt referat\nSide 4 af 4\n"),
    ("nb", "\nProtokollen godkjennes ved signering.\n"),
    ("nb", "Protokollen er elektronisk godkjent av to medlemmer.\n"),
    ("nb", "\n\nMøteprotokollen er godkjent ved elektronisk signering 16.11.2023.\nSide 3 av 3\n"),
    ("nb", "\nMøteboka signeres elektronisk av ordfører og to representanter.\n"),
    ("nb", "Protokollen godkjennes i neste møte.\n"),
    ("nn", "\nMøtebok godkjend ved e-signatur.\n"),
    ("nn", "Protokollen er elektronisk godkjend.\n"),
    ("nn", "\n\nMøteprotokollen vert signert digitalt av to medlemar.\n"),
    ("nn", "\nProtokollen er godkjend av to av dei møtande medlemane.\n"),
    ("nn", "Møteboka vert godkjend i neste møte.\n"),
]


@pytest.mark.parametrize(("language", "footer"), SIGN_OFFS)
def test_minutes_sign_off_gives_no_row(language, footer):
    rows = votes(CASE[language] + DECISION[language] + footer, language)
    assert [(r.case_number, r.outcome) for r in rows] == [("41/23" if language != "da" else "12", "adopted")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "da",
            "Byrådet\n\nMødedato: 12. juni 2025\n\n1. Godkendelse af referat fra mødet den 12. maj\n\n"
            "Beslutning\nGodkendt.\n",
        ),
        (
            "nb",
            "Formannskapet\n\nMøtedato: 12.06.2025\n\nPS 1/25 Godkjenning av protokoll fra forrige møte\n\nVedtak:\n"
            "Protokollen godkjennes.\n",
        ),
        (
            "nn",
            "Formannskapet\n\nMøtedato: 12.06.2025\n\nPS 1/25 Godkjenning av møtebok\n\n"
            "Vedtak:\nMøteboka vart godkjend.\n",
        ),
    ],
)
def test_case_approving_earlier_minutes_stays_a_row(language, text):
    number = "1" if language == "da" else "1/25"
    assert [(r.case_number, r.outcome) for r in votes(text, language)] == [(number, "adopted")]
