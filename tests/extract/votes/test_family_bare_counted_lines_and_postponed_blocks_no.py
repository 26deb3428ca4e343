"""Bokmål and Nynorsk decision lines that lost their row or their counts: a bare counted result on its own line
("Falt 9 mot 6.", "Fall med 6 mot 9 røyster."), a for line and an against line each with its party bracket
("For stemte 6 (Ap 3, Sp 2)" over "Mot stemte 3 (H 2, FrP 1)": the bracket must not swallow the next line), a
tie settled by the chair with its count written with a dash or a remark in brackets ("Ved stemmelikhet 3-3 (Berg
fratrådte som inhabil) ble ..."), and a decision field putting the case off in the present passive ("Vedtak: Saken
utsettes.") with its unanimity on the line below ("Enstemmig." / "Enstemmig vedtatt."): one postponed row.
Look-alikes: a proposal's words that put the case off ("Saken utsettes til neste møte ...") are no decision, and a
count inside prose is no bare result. All texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Formannskapet\nMøtedato: 14.04.2026\n\nPS 23/26  Tilskudd til idrettslag\n",
    "nn": "Formannskapet\nMøtedato: 14.04.2026\n\nSak 23/26  Tilskot til idrettslag\n",
}


def _rows(language: str, body: str) -> list[tuple]:
    rows = votes(HEAD[language] + body, language)
    return [(r.outcome, r.votes_for, r.votes_against, r.unanimous, r.casting_vote) for r in rows]


@pytest.mark.parametrize(
    ("language", "body", "row"),
    [
        ("nb", "Votering:\nFalt 9 mot 6.\n", ("rejected", 6, 9, False, False)),
        ("nb", "Høyres forslag:\nFalt 6 mot 9.\n", ("rejected", 6, 9, False, False)),
        (
            "nb",
            "Tilleggsforslaget fra SV ble satt under votering.\nFalt 4 mot 11.\n",
            ("rejected", 4, 11, False, False),
        ),
        (
            "nb",
            "Forslag fra Per Moe (H): «Tilskuddet halveres.»\nForkastet med 3 mot 8 stemmer.\n",
            ("rejected", 3, 8, False, False),
        ),
        ("nn", "Røysting:\nFall med 6 mot 9 røyster.\n", ("rejected", 6, 9, False, False)),
        (
            "nn",
            "Framlegg frå Per Moe (H): «Tilskotet vert halvert.»\nFall 4 mot 5.\n",
            ("rejected", 4, 5, False, False),
        ),
        (
            "nb",
            "For stemte 6 (Ap 3, Sp 2, SV 1)\nMot stemte 3 (H 2, FrP 1)\nInnstillingen ble vedtatt.\n",
            ("adopted", 6, 3, False, False),
        ),
        (
            "nb",
            "Votering:\nFor stemte 13 (Ap, Sp, SV)\nMot stemte 8 (H, FrP)\nInnstillingen ble vedtatt.\n",
            ("adopted", 13, 8, False, False),
        ),
        (
            "nb",
            "Innstillingen ble vedtatt.\nFor stemte 7 (Ap 4, Sp 3)\nMot stemte 2 (R 2)\n",
            ("adopted", 7, 2, False, False),
        ),
        (
            "nn",
            "For røysta 6 (Ap 3, Sp 2, SV 1)\nMot røysta 3 (H 2, FrP 1)\nTilrådinga vart vedteken.\n",
            ("adopted", 6, 3, False, False),
        ),
        (
            "nn",
            "Røysting:\nFor røysta 10 (Ap 6, Sp 4)\nMot røysta 5 (H 3, KrF 2)\nInnstillinga vart vedteken.\n",
            ("adopted", 10, 5, False, False),
        ),
        (
            "nb",
            "Ved stemmelikhet 4–4 ble formannskapets innstilling vedtatt med ordførerens dobbeltstemme.\n",
            ("adopted", 4, 4, False, True),
        ),
        (
            "nb",
            "Ved stemmelikhet 3-3 (Berg fratrådte som inhabil) ble rådmannens forslag vedtatt med\n"
            "ordførerens dobbeltstemme.\n",
            ("adopted", 3, 3, False, True),
        ),
        (
            "nb",
            "Ved stemmelikhet (5 mot 5) ble forslaget fra Sp vedtatt med leders dobbeltstemme.\n",
            ("adopted", 5, 5, False, True),
        ),
        (
            "nn",
            "Ved røystelikskap 4–4 vart tilrådinga vedteken med ordføraren si dobbeltrøyst.\n",
            ("adopted", 4, 4, False, True),
        ),
        (
            "nn",
            "Ved røystelikskap, 6-6 (to medlemer ugilde), vart innstillinga vedteken med leiaren si dobbelrøyst.\n",
            ("adopted", 6, 6, False, True),
        ),
        ("nb", "Vedtak: Saken utsettes.\nEnstemmig.\n", ("postponed", None, 0, True, False)),
        ("nb", "Vedtak: Saken utsettes til neste møte.\nEnstemmig vedtatt.\n", ("postponed", None, 0, True, False)),
        (
            "nb",
            "Vedtak: Behandlingen utsettes til mars.\nEnstemmig.\n",
            ("postponed", None, 0, True, False),
        ),
        ("nb", "Vedtak: Saken sendes tilbake til administrasjonen.\nEnstemmig.\n", ("postponed", None, 0, True, False)),
        ("nn", "Vedtak: Saka vert utsett.\nSamrøystes.\n", ("postponed", None, 0, True, False)),
        (
            "nn",
            "Vedtak: Saka vert utsett til eit seinare møte.\nSamrøystes vedteke.\n",
            ("postponed", None, 0, True, False),
        ),
    ],
)
def test_one_row_with_its_counts(language: str, body: str, row: tuple) -> None:
    assert _rows(language, body) == [row]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "nb",
            "Per Moe (H) fremmet forslag:\nSaken utsettes til neste møte.\n\n"
            "Votering\nInnstillingen ble enstemmig vedtatt.\n",
        ),
        (
            "nb",
            "Saksopplysninger:\nI fjor falt 9 mot 6 søknader utenfor ordningen.\n"
            "Innstillingen ble enstemmig vedtatt.\n",
        ),
    ],
)
def test_a_proposal_or_prose_gives_no_second_row(language: str, body: str) -> None:
    assert [r[0] for r in _rows(language, body)] == ["adopted"]
