"""Family (nn): Nynorsk minutes signed off by the chair or the secretary ("Protokollen er godkjend av leiar og
eitt medlem.", "Møteboka vert godkjend av leiaren og Knut Sylte.", "Protokollen er signert av ordføraren."):
the record's own approval, under the last case, is no decision of that case. Look-alikes: a case approving
the minutes of an earlier meeting is a row, and a decision the chair was given authority for is one too.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Utval for oppvekst og levekår\nMøtedato: 14.04.2026\n\n"
LAST_CASE = (
    "UOL-sak 15/26 - Orienteringar\n"
    "a) Einingsleiar for helse orienterte om rekruttering av sjukepleiarar.\n"
    "b) Kommunedirektøren orienterte om status for det nye helsehuset.\n"
    "Utvalet drøfta orienteringane. Ingen vedtak.\n\n"
)


@pytest.mark.parametrize(
    "footer",
    [
        "Protokollen vert godkjend av leiaren og Knut Sylte. Rett utskrift: Ingrid Sæter, utvalssekretær.",
        "Protokollen er godkjend av leiar og eitt medlem.",
        "Møteboka er godkjend av leiar og to medlemer.",
        "Protokollen er signert av ordføraren.",
        "Møtebok godkjend av møteleiaren 15.04.2026.",
        "Protokollen er godkjend av sekretæren og leiaren. Neste møte: 12. mai 2026.",
    ],
)
def test_the_minutes_signed_off_by_the_chair_give_no_row(footer):
    assert votes(HEAD + LAST_CASE + footer + "\n", "nn") == []


def test_a_case_approving_earlier_minutes_is_a_row():
    text = HEAD + "UOL-sak 9/26 - Godkjenning av protokoll frå møtet 10.03.2026\nVedtak: Protokollen vart godkjend.\n"
    assert [(r.case_number, r.outcome) for r in votes(text, "nn")] == [("9/26", "adopted")]


def test_authority_given_to_the_chair_is_a_decision():
    text = HEAD + (
        "UOL-sak 16/26 - Uttale om skulerute\n"
        "Vedtak: Leiaren får fullmakt til å gje uttale på vegner av utvalet.\nRøysting: Samrøystes vedteke.\n"
    )
    assert [(r.case_number, r.outcome, r.unanimous) for r in votes(text, "nn")] == [("16/26", "adopted", True)]
