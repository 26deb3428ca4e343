"""Postponement proposals: "Utsettelsesforslag fra X: Saken utsettes ...", "Forslag om udsættelse:" over
"Sagen udsættes til næste møde.", "Framlegg om utsetjing frå X (Sp):" / "Saka vert utsett til neste møte.".

The vote on one is about what it proposes, its text's first sentence (the contract's "a proposal text's first
sentence"), with the proposer and party as the heading gives them; adopted it is `postponed`, fallen it is
`rejected`. The proposal's own words ("Saka vert utsett ...") are no decision of their own, and the case's
decision, when also voted, is a row of its own. A vote naming the proposal by its mover, or a proposal of
another kind, is about its words too.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(language: str, body: str) -> list[tuple]:
    rows = votes(CASE[language] + body, language)
    return [(r.subject, r.proposer, r.proposer_party, r.outcome, r.votes_for, r.votes_against) for r in rows]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Utsettelsesforslag fra Kari Moe (SV):\nSaken utsettes til bystyremøtet i april.\n\n"
            "Votering:\nUtsettelsesforslaget ble vedtatt med 30 mot 17 stemmer.\n",
            [("Saken utsettes til bystyremøtet i april", "Kari Moe", "SV", "postponed", 30, 17)],
        ),
        (
            "nb",
            "Utsettelsesforslag fra Høyre: Saken utsettes til mars 2024. Kommunedirektøren bes utrede saken.\n\n"
            "Votering:\nUtsettelsesforslaget ble enstemmig vedtatt.\n",
            [("Saken utsettes til mars 2024", None, "Høyre", "postponed", None, 0)],
        ),
        (
            "nb",
            "Forslag om utsettelse fra Per Lie (FrP): Saken sendes tilbake til formannskapet.\n"
            "Forslaget falt mot 9 stemmer.\n",
            [("Saken sendes tilbake til formannskapet", "Per Lie", "FrP", "rejected", None, 9)],
        ),
        (
            "da",
            "Forslag om udsættelse fra Venstre: Sagen udsættes til næste møde.\n\n"
            "Beslutning:\nForslaget blev vedtaget med 15 stemmer mod 10.\n",
            [("Sagen udsættes til næste møde", None, "Venstre", "postponed", 15, 10)],
        ),
        (
            "da",
            "Udsættelsesforslag fra Lone Berg (O):\nSagen udsættes, indtil høringssvarene foreligger.\n\n"
            "Udsættelsesforslaget blev forkastet med 4 stemmer for og 23 imod.\n",
            [("Sagen udsættes, indtil høringssvarene foreligger", "Lone Berg", "O", "rejected", 4, 23)],
        ),
        (
            "nn",
            "Framlegg om utsetjing frå Ola Rykkje (Sp):\nSaka vert utsett til neste møte.\n\n"
            "Røysting:\nUtsetjingsframlegget vart vedteke med 20 mot 7 røyster.\n",
            [("Saka vert utsett til neste møte", "Ola Rykkje", "Sp", "postponed", 20, 7)],
        ),
        (
            "nn",
            "Utsetjingsframlegg frå Guro Li (H): «Saka vert utsett til juni 2024.»\n\n"
            "Røysting: Utsetjingsframlegget vart samrøystes vedteke.\n",
            [("Saka vert utsett til juni 2024", "Guro Li", "H", "postponed", None, 0)],
        ),
        (
            "da",
            "Forslag om udsættelse af sagen fra Søren Lund (V):\n«Sagen udsættes til august 2025.»\n"
            "Forslaget blev vedtaget enstemmigt.\n",
            [("Sagen udsættes til august 2025", "Søren Lund", "V", "postponed", None, 0)],
        ),
        (
            "nn",
            "Forslag om utsetjing frå Raudt: Saka vert send tilbake til formannskapet.\n"
            "Utsetjingsframlegget fall med 3 mot 24 røyster.\n",
            [("Saka vert send tilbake til formannskapet", None, "Raudt", "rejected", 3, 24)],
        ),
    ],
)
def test_a_postponement_proposal_is_about_its_texts_first_sentence(language, body, expected):
    assert _rows(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Utsettelsesforslag fra Kari Moe (SV): Saken utsettes til bystyremøtet i april.\n\n"
            "Votering:\nUtsettelsesforslaget falt mot 10 stemmer.\nInnstillingen ble enstemmig vedtatt.\n",
            [("Saken utsettes til bystyremøtet i april", "rejected"), ("Innstillingen", "adopted")],
        ),
        (
            "nb",
            "Ola Nes (Ap) fremmet utsettelsesforslag:\nSaken utsettes til neste møte.\n\n"
            "Votering:\nUtsettelsesforslaget falt med 12 mot 29 stemmer.\nInnstillingen ble vedtatt mot 12 stemmer.\n",
            [("Saken utsettes til neste møte", "rejected"), ("Innstillingen", "adopted")],
        ),
        (
            "da",
            "Forslag om udsættelse: Sagen udsættes til næste møde.\nForslaget faldt.\nIndstillingen blev godkendt.\n",
            [("Sagen udsættes til næste møde", "rejected"), ("Indstillingen", "adopted")],
        ),
        (
            "da",
            "Udsættelsesforslag fra Dansk Folkeparti:\nSagen udsættes til budgetforhandlingerne.\n\n"
            "Udsættelsesforslaget blev forkastet med 3 stemmer mod 24.\n"
            "Indstillingen blev herefter godkendt med 24 stemmer mod 3.\n",
            [("Sagen udsættes til budgetforhandlingerne", "rejected"), ("Indstillingen", "adopted")],
        ),
        (
            "nn",
            "Utsetjingsframlegg frå Ap: Saka vert utsett til juni.\n\n"
            "Røysting:\nUtsetjingsframlegget fall mot 8 røyster.\nInnstillinga vart samrøystes vedteken.\n",
            [("Saka vert utsett til juni", "rejected"), ("Innstillinga", "adopted")],
        ),
        (
            "nn",
            "Framlegg om å utsetje saka frå Nils Fet (FrP):\nSaka vert utsett i påvente av ny kostnadsrekning.\n\n"
            "Framlegget fall med 5 mot 22 røyster.\nFormannskapet si innstilling vart vedteken med 22 mot 5 røyster.\n",
            [
                ("Saka vert utsett i påvente av ny kostnadsrekning", "rejected"),
                ("Formannskapet si innstilling", "adopted"),
            ],
        ),
    ],
)
def test_a_fallen_postponement_proposal_and_the_cases_own_decision_are_two_rows(language, body, expected):
    assert [(subject, outcome) for subject, _, _, outcome, _, _ in _rows(language, body)] == expected


@pytest.mark.parametrize(
    ("language", "body", "subject"),
    [
        (
            "nb",
            "Utsettelsesforslag fra Tone Bakke (FrP):\nSaken utsettes.\n\n"
            "Utsettelsesforslaget fra Bakke falt mot 7 stemmer.\n",
            "Saken utsettes",
        ),
        ("nn", "Framlegg frå Kari Li (KrF)\n\nSaka vert utsett.\n\nFramlegget fall.\n", "Saka vert utsett"),
        (
            "da",
            "Ændringsforslag fra SF:\n\nSagen udsættes ikke, men skolen bevares.\n\n"
            "Ændringsforslaget blev forkastet.\n",
            "Sagen udsættes ikke, men skolen bevares",
        ),
    ],
)
def test_a_proposal_named_by_its_mover_or_not_a_postponement_gives_its_words(language, body, subject):
    assert [row[0] for row in _rows(language, body)] == [subject]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nb", "Saksopplysninger:\nI forrige møte ble et utsettelsesforslag fra SV vedtatt med 20 mot 19 stemmer.\n"),
        ("da", "Sagsfremstilling\nSagen blev i marts 2024 udsat efter forslag fra Venstre.\n"),
        ("nn", "Saksutgreiing:\nUtsetjingsframlegget frå førre møte vart vedteke i februar 2024.\n"),
    ],
)
def test_a_postponement_recalled_in_the_case_text_gives_no_row(language, body):
    assert _rows(language, body) == []
