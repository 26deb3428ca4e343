"""Family (nb, nn): a vote page opens a vote with a label naming the proposal voted on ("Votering: Forslag fra
Kari Moe (SV)", "Røysting: Framlegg om utsetjing frå Senterpartiet v/ Olav Haugen", "Avstemning: Tilleggsforslag
fra Per Dahl (H)"), its words quoted below and the result field after them. The label is no result: the value is
the proposal's heading, so the member (or the party's agent) is the proposer and the quoted words the subject.
A vote line naming the recommendation names no member, and a vote line giving the result is the result.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.subject, r.proposer, r.proposer_party, r.outcome) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Votering: Forslag fra Kari Moe (SV)\n«Tomten selges.»\nResultat: Vedtatt\n",
            ("Tomten selges.", "Kari Moe", "SV", "adopted"),
        ),
        (
            "nb",
            "Votering: Forslag om utsettelse fra Kari Moe (SV)\nResultat: Vedtatt\n",
            ("Forslag om utsettelse fra Kari Moe (SV)", "Kari Moe", "SV", "postponed"),
        ),
        (
            "nb",
            "Avstemning: Tilleggsforslag fra Per Dahl (H)\n«Kommunen kjøper tomten.»\nResultat: Falt\n",
            ("Kommunen kjøper tomten.", "Per Dahl", "H", "rejected"),
        ),
        (
            "nb",
            "Votering: Forslag fra SV v/ Ida Lie\n«Det bygges ny hall.»\nResultat: Falt\n",
            ("Det bygges ny hall.", "Ida Lie", "SV", "rejected"),
        ),
        (
            "nb",
            "Votering: Endringsforslag fra Ola Berg (FrP)\n«Rammen settes til 5 mill. kr.»\n"
            "Resultat: Vedtatt med 6 mot 3 stemmer\n",
            ("Rammen settes til 5 mill. kr.", "Ola Berg", "FrP", "adopted"),
        ),
        (
            "nn",
            "Røysting: Framlegg om utsetjing frå Senterpartiet v/ Olav Haugen\n"
            "«Saka vert utsett til det ligg føre ny trafikkanalyse.»\nResultat: Vedteke  (Ja 12 - Nei 9)\n",
            ("Saka vert utsett til det ligg føre ny trafikkanalyse.", "Olav Haugen", "Senterpartiet", "postponed"),
        ),
        (
            "nn",
            "Røysting: Framlegg frå Kari Moe (SV)\n«Tomta vert seld.»\nResultat: Vedteke\n",
            ("Tomta vert seld.", "Kari Moe", "SV", "adopted"),
        ),
        (
            "nn",
            "Votering: Tilleggsframlegg frå Per Dahl (H)\n«Kommunen kjøper tomta.»\nResultat: Fall\n",
            ("Kommunen kjøper tomta.", "Per Dahl", "H", "rejected"),
        ),
        (
            "nn",
            "Avstemning: Framlegg frå Ap v/ Ida Lie\n«Det vert bygd ny hall.»\nResultat: Fall\n",
            ("Det vert bygd ny hall.", "Ida Lie", "Ap", "rejected"),
        ),
        (
            "nn",
            "Røysting: Endringsframlegg frå Ola Berg (FrP)\n«Ramma vert sett til 5 mill. kr.»\nResultat: Vedteke\n",
            ("Ramma vert sett til 5 mill. kr.", "Ola Berg", "FrP", "adopted"),
        ),
    ],
)
def test_a_vote_line_naming_a_members_proposal_gives_its_mover(language: str, body: str, expected: tuple) -> None:
    assert _rows(language, body) == [expected]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("nb", "Votering: Innstillingen\nResultat: Vedtatt\n", ("Innstillingen", None, None, "adopted")),
        ("nb", "Votering: Enstemmig vedtatt.\n", ("Budsjett 2024", None, None, "adopted")),
        ("nn", "Røysting: Innstillinga vart samrøystes vedteken.\n", ("Innstillinga", None, None, "adopted")),
    ],
)
def test_a_vote_line_naming_the_recommendation_or_its_result_names_no_member(
    language: str, body: str, expected: tuple
) -> None:
    assert _rows(language, body) == [expected]
