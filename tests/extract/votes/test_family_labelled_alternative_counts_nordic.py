"""Family (da, nb, nn): an alternative vote written as one labelled count line per proposal, under a line
saying the proposals were voted against each other ("Det ble votert alternativt mellom de to forslagene." /
"Ap/Sp-forslaget: 4 stemmer (3 Ap, 1 Sp)" / "H/FrP-forslaget: 3 stemmer (2 H, 1 FrP)").

One adopted row about the option with more votes, in whichever order the lines come: its count is the votes
for, the other's count the votes against, the other's party split the parties against. An option named by the
parties behind it ("Ap/Sp-forslaget") is moved by the first declared proposer of those parties. Look-alikes:
"For: 4 stemmer" / "Mot: 3 stemmer" lines are a plain count, and labelled counts under no such line are no
alternative vote.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(language: str, text: str) -> list[tuple]:
    rows = votes(CASE[language] + text + "\n", language)
    return [(r.subject.split()[0], r.outcome, r.votes_for, r.votes_against, r.against_parties) for r in rows]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nb",
            "Behandling:\nPer Rian (H) fremmet forslag om å utsette saken.\nAlternativ votering:\n"
            "Forslaget fra Rian: 9 stemmer (5 H, 4 FrP)\nInnstillingen: 26 stemmer",
            ("Innstillingen", "adopted", 26, 9, '{"H":5,"FrP":4}'),
        ),
        (
            "nb",
            "Behandling:\nKari Lunde (Sp) fremmet forslag om å velge tomt C.\n"
            "Innstillingen og forslaget fra Kari Lunde ble stilt opp mot hverandre.\n"
            "Innstillingen: 21 stemmer (15 Ap, 6 H)\nForslaget fra Kari Lunde: 6 stemmer (4 Sp, 2 FrP).",
            ("Innstillingen", "adopted", 21, 6, '{"Sp":4,"FrP":2}'),
        ),
        (
            "nn",
            "Handsaming:\nKari Lunde (Sp) sette fram framlegg om å velje tomt C.\n"
            "Det vart røysta alternativt mellom innstillinga og framlegget frå Lunde.\n"
            "Innstillinga: 11 røyster (6 Ap, 5 H)\nFramlegget frå Lunde: 6 røyster (4 Sp, 2 FrP).",
            ("Innstillinga", "adopted", 11, 6, '{"Sp":4,"FrP":2}'),
        ),
        (
            "nn",
            "Handsaming:\nOla Vik (SV) sette fram framlegg om å utsetje saka.\nAlternativ røysting:\n"
            "SV-framlegget: 3 røyster\nInnstillinga: 14 røyster",
            ("Innstillinga", "adopted", 14, 3, None),
        ),
        (
            "da",
            "Mette Holm (A) stillede forslag om at udsætte sagen.\nDer blev stemt alternativt om de to forslag.\n"
            "Forslag A: 17 stemmer\nForslag B: 8 stemmer (5 V, 3 C)",
            ("Forslag", "adopted", 17, 8, '{"V":5,"C":3}'),
        ),
        (
            "da",
            "Alternativ afstemning:\nUdvalgets indstilling: 6 stemmer (4 A, 2 F)\nVenstres forslag: 19 stemmer",
            ("Venstres", "adopted", 19, 6, '{"A":4,"F":2}'),
        ),
    ],
)
def test_labelled_counts_of_an_alternative_vote_give_the_winners_row(language, text, expected):
    assert _rows(language, text) == [expected]


def test_an_option_named_by_its_parties_is_moved_by_their_declared_proposer():
    text = (
        "Behandling:\nMarit Dahl (Ap) la fram fellesforslag fra Ap og Sp om å bygge skolen.\n"
        "Per Rian (H) la fram forslag fra H og FrP om å utsette saken.\n"
        "Det ble votert alternativt mellom de to forslagene.\n"
        "Ap/Sp-forslaget: 4 stemmer (3 Ap, 1 Sp)\nH/FrP-forslaget: 3 stemmer (2 H, 1 FrP)"
    )
    (row,) = votes(CASE["nb"] + text + "\n", "nb")
    assert (row.proposer, row.proposer_party, row.votes_for, row.votes_against) == ("Marit Dahl", "Ap", 4, 3)
    assert row.against_parties == '{"H":2,"FrP":1}'


def test_a_lettered_option_is_not_read_as_a_party_code():
    text = (
        "Mette Holm (A) stillede forslag om at udsætte sagen.\nDer blev stemt alternativt om de to forslag.\n"
        "Forslag A: 17 stemmer\nForslag B: 8 stemmer"
    )
    (row,) = votes(CASE["da"] + text + "\n", "da")
    assert row.proposer is None


@pytest.mark.parametrize(
    "text",
    [
        "Behandling:\nKari Lunde (Sp) fremmet forslag om å velge tomt C.\n"
        "Det ble votert alternativt over forslagene.\nFor: 14 stemmer\nMot: 3 stemmer",
        "Behandling:\nKari Lunde (Sp) fremmet forslag om å velge tomt C.\nVotering:\n"
        "Ap/Sp-forslaget: 4 stemmer\nH/FrP-forslaget: 3 stemmer",
    ],
)
def test_count_lines_that_set_no_proposals_against_each_other_are_no_alternative_vote(text):
    assert not [r for r in votes(CASE["nb"] + text + "\n", "nb") if "alternativ" in (r.subject or "")]
