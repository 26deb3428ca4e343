"""Elections recorded as a case's decision in the other shapes minutes use: no party after the name
("Kari Nes ble enstemmig valgt som leder."), the office first ("Som nyt medlem valgtes Jens Bo (V).",
"Til leiar vart vald Guro Vik (H)."), the body electing ("Bystyret valgte Kari Nes (H) som
vararepresentant."), and a written ballot ("Ved skriftlig valg fikk X 14 stemmer og Y 13 stemmer.").
Each is one adopted row about the item (its title); a ballot gives the winner's votes as votes for and
the other candidates' votes as votes against, as the contract does for an alternative vote.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Byrådet\n\nMødedato: 24. februar 2025\n\n21. Valg af medlem til Folkeoplysningsudvalget\n\n",
    "nb": "Utvalg: Bystyret\nMøtedato: 18.06.2024\n\nPS 70/24 Valg av nytt medlem til kontrollutvalget\n\n",
    "nn": "Utval: Heradsstyret\nMøtedato: 14.03.2024\n\nPS 17/24 Val av nytt varamedlem til kontrollutvalet\n\n",
}
TITLE = {
    "da": "Valg af medlem til Folkeoplysningsudvalget",
    "nb": "Valg av nytt medlem til kontrollutvalget",
    "nn": "Val av nytt varamedlem til kontrollutvalet",
}


def _rows(language: str, body: str) -> list[tuple]:
    rows = votes(HEAD[language] + body + "\n", language)
    return [(r.outcome, r.subject, r.unanimous, r.votes_for, r.votes_against) for r in rows]


@pytest.mark.parametrize(
    ("language", "body", "unanimous"),
    [
        ("da", "Beslutning:\nSom nyt medlem af udvalget valgtes Jens Bo (V).", None),
        ("da", "Beslutning:\nByrådet valgte Mette Lund (A) som stedfortræder.", None),
        ("da", "Beslutning:\nKarin Holm blev enstemmigt valgt som formand.", True),
        ("da", "Beslutning: Til medlem af bestyrelsen udpegedes Per Sø (O).", None),
        ("da", "Beslutning:\nKommunalbestyrelsen genvalgte enstemmigt Ole Kjær (F) som næstformand.", True),
        ("nb", "Vedtak:\nKari Nes ble enstemmig valgt som ny leder av kontrollutvalget.", True),
        ("nb", "Vedtak:\nBystyret valgte Kari Nes (H) som vararepresentant.", None),
        ("nb", "Vedtak: Som nytt medlem valgtes Ola Moe (Ap).", None),
        ("nb", "Vedtak:\nTil nestleder ble valgt Siri Lie (SV).", None),
        ("nb", "Vedtak:\nKommunestyret oppnevnte enstemmig Per Lunde som medlem av styret.", True),
        ("nn", "Vedtak:\nOla Dale vart samrøystes vald til nestleiar.", True),
        ("nn", "Vedtak:\nHeradsstyret valde Liv Vik (Sp) som varamedlem.", None),
        ("nn", "Vedtak: Som nytt medlem vart Nils Fet (FrP) vald.", None),
        ("nn", "Vedtak:\nTil leiar vart vald Guro Vik (H).", None),
        ("nn", "Vedtak:\nKommunestyret oppnemnde samrøystes Kari Bø som medlem.", True),
    ],
)
def test_an_election_in_any_word_order_is_adopted_about_the_items_title(language, body, unanimous):
    counts = (0, 0) if unanimous else (None, None)
    assert _rows(language, body) == [("adopted", TITLE[language], unanimous, None, counts[1])]


@pytest.mark.parametrize(
    ("language", "body", "counts"),
    [
        (
            "da",
            "Beslutning:\nVed skriftlig afstemning fik Lise Hansen 14 stemmer og Ole Bak 13 stemmer. "
            "Lise Hansen er valgt.",
            (14, 13),
        ),
        (
            "da",
            "Beslutning:\nVed skriftligt valg fik Anne Berg 16 stemmer, Per Lund (V) 8 stemmer og Jens Dal 3 stemmer.\n"
            "Anne Berg er valgt.",
            (16, 11),
        ),
        ("da", "Beslutning:\nVed valget opnåede Jens Bo 5 stemmer og Mette Lund 20 stemmer.", (20, 5)),
        (
            "nb",
            "Votering:\nVed skriftlig valg fikk Kari Nes 14 stemmer og Per Moe 13 stemmer. Kari Nes er valgt.",
            (14, 13),
        ),
        (
            "nb",
            "Votering:\nVed skriftlig votering fikk Per Moe 9 stemmer og Kari Nes 24 stemmer.\nKari Nes er valgt.",
            (24, 9),
        ),
        (
            "nb",
            "Votering:\nVed valget fikk Siri Lie (SV) 20 stemmer, Ola Moe (H) 12 stemmer og Per Dal (FrP) 7 stemmer.",
            (20, 19),
        ),
        ("nb", "Votering:\nVed skriftlig valg fikk Kari Nes 14 stemmer, mens Per Moe fikk 13 stemmer.", (14, 13)),
        ("da", "Beslutning:\nVed hemmelig afstemning fik Ole Bak 6 stemmer, mens Lise Hansen fik 21.", (21, 6)),
        ("nn", "Røysting:\nVed skriftleg val fekk Ola Dale 18 røyster og Liv Vik 9.", (18, 9)),
        (
            "nn",
            "Røysting:\nVed skriftleg val fekk Ola Dale 18 røyster, Liv Vik 6 røyster og Nils Fet 3 røyster. "
            "Ola Dale er vald.",
            (18, 9),
        ),
        ("nn", "Vedtak:\nVed løynleg val fekk Guro Vik 4 røyster og Kari Bø 23 røyster. Kari Bø er vald.", (23, 4)),
    ],
)
def test_a_written_ballot_gives_the_winners_votes_for_and_the_rest_against(language, body, counts):
    assert _rows(language, body) == [("adopted", TITLE[language], False, *counts)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("da", "Beslutning:\nValget af formand blev udsat til næste møde.", [("postponed", None, None)]),
        (
            "nb",
            "Saksopplysninger:\nVed forrige valg i 2019 fikk Kari Nes 14 stemmer og Per Moe 13 stemmer.\n\n"
            "Vedtak:\nPer Moe (Ap) ble valgt.",
            [("adopted", None, None)],
        ),
        (
            "nn",
            "Røysting:\nVed alternativ røysting fekk innstillinga 20 røyster og framlegget frå Sp 7 røyster.",
            [("adopted", 20, 7)],
        ),
    ],
)
def test_a_recalled_ballot_or_another_vote_is_no_election_ballot(language, body, expected):
    assert [(o, f, a) for o, _, _, f, a in _rows(language, body)] == expected
