"""Two whole-item records that name no proposal.

An election ("Lise Kvist (F) blev enstemmigt valgt.", "Marit Hauge (Ap) vert vald som 2. varamedlem.")
is a decision about the item: adopted, its subject the item's title. A briefing ("Formanden orienterede
om budgetforhandlingerne.", "Ordføreren orienterte om vinterdrifta.") under a decision label decides
nothing and gives no row; a body that takes a briefing for information is still a noted decision.

Elections come in every word order: no party after the name ("Kari Nes ble enstemmig valgt som leder."),
the office first ("Som nyt medlem valgtes Jens Bo (V).", "Til leiar vart vald Guro Vik (H)."), the body
electing ("Bystyret valgte Kari Nes (H) som vararepresentant."), and a written ballot ("Ved skriftlig valg
fikk X 14 stemmer og Y 13 stemmer."): one adopted row about the item; a ballot gives the winner's votes as
votes for and the other candidates' votes as votes against, as the contract does for an alternative vote.
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


def _rows(language: str, decision: str) -> list[tuple]:
    return [(r.outcome, r.subject) for r in votes(f"{HEAD[language]}{decision}\n", language)]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("da", "Beslutning: Lise Kvist (F) blev enstemmigt valgt."),
        ("da", "Beslutning:\nJens Holm (V) blev valgt som stedfortræder."),
        ("da", "Beslutning\nAnne Bak (A) er genvalgt."),
        ("da", "Beslutning: Karl Ravn (Ø) blev udpeget til bestyrelsen."),
        ("da", "Beslutning:\nMette Dahl Nør (C) blev valgt som 2. stedfortræder."),
        ("nb", "Vedtak:\nKari Lunde (H) ble valgt som medlem."),
        ("nb", "Vedtak: Per Olav Berg (Ap) ble enstemmig valgt."),
        ("nb", "Vedtak:\nSiri Moe (SV) er valgt som 1. varamedlem."),
        ("nb", "Vedtak: Ola Nes (Sp) ble gjenvalgt for perioden 2024–2027."),
        ("nb", "Vedtak:\nAnne Li (KrF) ble oppnevnt som leder."),
        ("nn", "Vedtak: Marit Hauge (Ap) vert vald som 2. varamedlem."),
        ("nn", "Vedtak:\nOla Rykkje (Sp) vart samrøystes vald."),
        ("nn", "Vedtak: Guro Vik (H) vart attvald som leiar."),
        ("nn", "Vedtak:\nNils Fet (FrP) vert vald som medlem."),
        ("nn", "Vedtak: Liv Dale (SV) vart oppnemnd som nestleiar."),
    ],
)
def test_an_election_is_adopted_about_the_items_title(language, decision):
    assert _rows(language, decision) == [("adopted", TITLE[language])]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("da", "Beslutning\nFormanden orienterede om status på budgetforhandlingerne."),
        ("da", "Beslutning:\nBorgmesteren orienterede om mødet med regionen. Næste møde er den 2. oktober 2023."),
        ("da", "Beslutning\nDirektøren redegjorde for sygefraværet."),
        ("da", "Beslutning: Kommunaldirektøren informerede om den nye organisation."),
        ("da", "Beslutning\nAdministrationen orienterede om vejarbejdet."),
        ("nb", "Vedtak:\nOrdføreren orienterte om vinterdriften."),
        ("nb", "Vedtak: Kommunedirektøren informerte om budsjettprosessen."),
        ("nb", "Vedtak:\nRådmannen redegjorde for sykefraværet i første kvartal."),
        ("nb", "Vedtak: Ordfører Kari Nes orienterte om møtet med fylket."),
        ("nb", "Vedtak:\nEnhetsleder orienterte om status i barnevernet."),
        ("nn", "Vedtak:\nOrdføraren orienterte om vinterdrifta."),
        ("nn", "Vedtak: Kommunedirektøren informerte om budsjettarbeidet."),
        ("nn", "Vedtak:\nRådmannen gjorde greie for sjukefråværet."),
        ("nn", "Vedtak: Leiaren orienterte om møtet med fylket."),
        ("nn", "Vedtak:\nEiningsleiar orienterte om situasjonen i barnevernet."),
    ],
)
def test_a_briefing_under_a_decision_label_is_no_row(language, decision):
    assert _rows(language, decision) == []


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("da", "Beslutning\nUdvalget tog orienteringen til efterretning."),
        ("nb", "Vedtak:\nBystyret tar orienteringen til orientering."),
        ("nn", "Vedtak:\nHeradsstyret tek orienteringa til vitande."),
    ],
)
def test_taking_a_briefing_for_information_is_still_noted(language, decision):
    assert [o for o, _ in _rows(language, decision)] == ["noted"]


def _counted(language: str, body: str) -> list[tuple]:
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
    assert _counted(language, body) == [("adopted", TITLE[language], unanimous, None, counts[1])]


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
    assert _counted(language, body) == [("adopted", TITLE[language], False, *counts)]


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
    assert [(o, f, a) for o, _, _, f, a in _counted(language, body)] == expected


@pytest.mark.parametrize(
    ("language", "body", "votes_for"),
    [
        ("da", "Beslutning: Jens Bo (V) blev valgt som formand. Vedtaget med 25 stemmer; 2 stemte blankt.", 25),
        ("da", "Beslutning:\nMette Lund (A) blev valgt.\nVedtaget med 29 stemmer.", 29),
        ("nb", "Vedtak: Ola Moe (H) ble valgt som nestleder. Vedtatt med 35 stemmer, 2 blanke.", 35),
        ("nb", "Vedtak:\nSiri Lie (SV) er valgt som 1. varamedlem.\nVedtatt med 40 stemmer.", 40),
        ("nn", "Vedtak: Kari Bø (Sp) vert vald som leiar. Vedteke med 31 røyster; to blanke røyster.", 31),
        ("nn", "Vedtak:\nNils Fet (FrP) vart vald som medlem.\nVedteke med 27 røyster.", 27),
    ],
)
def test_an_election_with_the_votes_it_got_gives_those_votes_for(language, body, votes_for):
    assert _counted(language, body) == [("adopted", TITLE[language], None, votes_for, None)]
