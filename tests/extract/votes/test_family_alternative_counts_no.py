"""Norwegian alternative votes reported as counts per alternative ("Ved alternativ votering mellom
formannskapets innstilling og forslaget fra Kari Nes fikk innstillingen 29 stemmer, mens forslaget fra
Kari Nes fikk 5 stemmer (4 SV, 1 R)."): one adopted row for the winner, whose votes_against and
against_parties are the loser's votes; a proposal that falls right after its mover's party bracket
("Forslaget fra Petter Lund (FrP) falt med 10 mot 47 stemmer") is rejected.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Utvalg: Kommunestyret\nMøtedato: 19.06.2024\n\nPS 44/24 Ny skolestruktur\n\n",
    "nn": "Utval: Kommunestyret\nMøtedato: 30.11.2023\n\nPS 96/23 Budsjett 2024\n\n",
}


def _rows(language: str, text: str) -> list[tuple]:
    rows = votes(f"{HEAD[language]}{text}\n", language)
    return [(r.outcome, r.votes_for, r.votes_against, r.against_parties, r.subject) for r in rows]


@pytest.mark.parametrize(
    ("language", "sentence", "counts", "winner"),
    [
        (
            "nb",
            "Ved alternativ votering mellom formannskapets innstilling og forslaget fra Kari Nes fikk innstillingen "
            "29 stemmer, mens forslaget fra Kari Nes fikk 5 stemmer (4 SV, 1 R).",
            (29, 5, '{"SV":4,"R":1}'),
            "formannskapets innstilling",
        ),
        (
            "nb",
            "Ved alternativ votering mellom formannskapets innstilling og forslaget fra Ingrid Sæther (SV) fikk "
            "innstillingen 38 stemmer og SVs forslag 19 stemmer (4 MDG, 9 SV, 6 R).",
            (38, 19, '{"MDG":4,"SV":9,"R":6}'),
            "formannskapets innstilling",
        ),
        (
            "nb",
            "Ved votering mellom rådmannens forslag og Høyres forslag fikk rådmannens forslag 25 stemmer og "
            "Høyres forslag 10 stemmer.",
            (25, 10, None),
            "rådmannens forslag",
        ),
        (
            "nb",
            "Ved alternativ avstemning mellom innstillingen og forslaget fra Ap, fikk innstillingen 21 stemmer, "
            "mens forslaget fra Ap fikk 14 stemmer (14 Ap).",
            (21, 14, '{"Ap":14}'),
            "innstillingen",
        ),
        (
            "nb",
            "Ved alternativ votering mellom innstillingen og forslaget fra Sp fikk innstillingen 30 stemmer og "
            "forslaget fra Sp 3 stemmer (3 Sp).",
            (30, 3, '{"Sp":3}'),
            "innstillingen",
        ),
        (
            "nn",
            "Ved alternativ røysting mellom formannskapet si innstilling og budsjettforslaget frå FrP fekk "
            "innstillinga 33 røyster og FrP sitt forslag 6 røyster (6 FrP).",
            (33, 6, '{"FrP":6}'),
            "formannskapet si innstilling",
        ),
        (
            "nn",
            "Ved røysting mellom tilrådinga og framlegget frå Sp fekk tilrådinga 27 røyster, medan framlegget frå Sp "
            "fekk 12 røyster.",
            (27, 12, None),
            "tilrådinga",
        ),
        (
            "nn",
            "Ved alternativ røysting mellom innstillinga og framlegget frå H fekk innstillinga 30 røyster og "
            "framlegget frå H 9 røyster (9 H).",
            (30, 9, '{"H":9}'),
            "innstillinga",
        ),
        (
            "nn",
            "Ved alternativ røysting mellom kommunedirektøren sitt framlegg og framlegget frå SV fekk "
            "kommunedirektøren sitt framlegg 20 røyster, mens framlegget frå SV fekk 5 røyster (3 SV, 2 R).",
            (20, 5, '{"SV":3,"R":2}'),
            "kommunedirektøren sitt framlegg",
        ),
        (
            "nn",
            "Ved alternativ røysting mellom innstillinga og framlegget frå Raudt fekk innstillinga 35 røyster og "
            "framlegget frå Raudt 2 røyster (2 R).",
            (35, 2, '{"R":2}'),
            "innstillinga",
        ),
    ],
)
def test_an_alternative_vote_with_counts_per_alternative_is_one_row_for_the_winner(language, sentence, counts, winner):
    rows = _rows(language, f"Votering:\n{sentence}")
    assert len(rows) == 1
    outcome, votes_for, against, parties, subject = rows[0]
    assert (outcome, votes_for, against, parties) == ("adopted", *counts)
    assert subject.lower().startswith(winner.lower())


@pytest.mark.parametrize(
    ("language", "sentence", "counts"),
    [
        ("nb", "Forslaget fra Petter Lund (FrP) falt med 10 mot 47 stemmer.", (10, 47)),
        ("nb", "Tilleggsforslaget fra Kari Nes (SV) falt med 5 mot 30 stemmer.", (5, 30)),
        ("nb", "Endringsforslaget fra Ola Berg (H) falt.", (None, None)),
        ("nn", "Framlegget frå Ola Rykkje (Sp) fall med 11 mot 36 røyster.", (11, 36)),
        ("nn", "Tilleggsframlegget frå Siv Dale (KrF) fall.", (None, None)),
    ],
)
def test_a_proposal_falling_after_its_movers_party_is_rejected(language, sentence, counts):
    rows = _rows(language, f"Votering:\n{sentence}")
    assert [(r[0], r[1], r[2]) for r in rows] == [("rejected", *counts)]
