"""Family 4/5 (nb, nn): counts written as labelled lines ("For: 18", "Mot: 7 (H, FrP)", "Røyster for: 25"),
alone or under a recommendation, and labelled lines that count something other than votes."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

RECOMMENDATION = {
    "nb": "Innstilling:\nReguleringsplan for Holmen vedtas.\n\n",
    "nn": "Innstilling:\nReguleringsplanen for Holmen vert vedteken.\n\n",
}

COUNT_LINES = [
    ("nb", "Votering:\nFor: 18\nMot: 7\nInnstillingen ble vedtatt.\n", 18, 7),
    ("nb", "Votering:\nStemmer for: 20\nStemmer mot: 15\nInnstillingen ble vedtatt.\n", 20, 15),
    ("nb", "Votering:\nFor: Ap, SV og Sp (18)\nMot: H og FrP (7)\nInnstillingen er vedtatt.\n", 18, 7),
    ("nb", "Behandling:\nFor: 31 (Ap, SV, Sp, R), imot: 8 (H, FrP).\nForslaget ble vedtatt.\n", 31, 8),
    ("nb", "Votering:\nFor: 22 stemmer\nImot: 13 stemmer\n", 22, 13),
    ("nn", "Røysting:\nFor: 18 (Ap, SV, Sp)\nMot: 7 (H, FrP)\nInnstillinga er vedteken.\n", 18, 7),
    ("nn", "Røysting:\nFor: 18 røyster\nMot: 7 røyster\nInnstillinga er vedteken.\n", 18, 7),
    ("nn", "Røysting:\nFor: Ap, SV og Sp (18 røyster)\nMot: H og FrP (7 røyster)\n", 18, 7),
    ("nn", "Handsaming:\nRøyster for: 25\nRøyster mot: 8 (FrP, H)\nFramlegget vart vedteke.\n", 25, 8),
    ("nn", "Røysting:\nFor: 14, mot: 3.\nInnstillinga vart vedteken.\n", 14, 3),
]


@pytest.mark.parametrize(("language", "text", "votes_for", "votes_against"), COUNT_LINES)
def test_labelled_count_lines_give_the_counts(language, text, votes_for, votes_against):
    (row,) = votes(CASE[language] + text, language)
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == (
        "adopted",
        votes_for,
        votes_against,
        False,
    )


@pytest.mark.parametrize(
    ("language", "text", "votes_for", "votes_against"),
    [
        ("nb", "Behandling:\nFor: 18 (Ap, SV, Sp)\nMot: 7 (H, FrP)\nVedtak:\nSom innstillingen.\n", 18, 7),
        ("nb", "Votering:\nFor: 25\nMot: 10\n\nVedtak:\nReguleringsplan for Holmen vedtas.\n", 25, 10),
        ("nb", "Stemmer for: 30\nStemmer mot: 5\n\nVedtak:\nSom innstillingen.\n", 30, 5),
        ("nn", "Handsaming:\nFor: 21\nMot: 6 (Sp)\n\nVedtak:\nSom innstillinga.\n", 21, 6),
        ("nn", "Røyster for: 17\nRøyster mot: 10\n\nVedtak:\nSom tilrådd.\n", 17, 10),
        ("nn", "Røysting:\nFor: 12, mot: 9\n\nVedtak:\nReguleringsplanen for Holmen vert vedteken.\n", 12, 9),
    ],
)
def test_count_lines_below_a_recommendation_are_the_vote_on_it(language, text, votes_for, votes_against):
    (row,) = votes(CASE[language] + RECOMMENDATION[language] + text, language)
    assert (row.outcome, row.votes_for, row.votes_against) == ("adopted", votes_for, votes_against)
    assert "Holmen" in row.subject


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Vedtak:\nInnstillingen ble vedtatt.\nArgumenter for: tryggere skoleveg\nArgumenter mot: pris\n"),
        ("nb", "Vedtak:\nInnstillingen ble vedtatt.\nFor: 2 mill. kr i 2025\nMot: 2026\n"),
        ("nb", "Vedtak:\nInnstillingen ble vedtatt.\nFrist for: 1. mars\n"),
        ("nn", "Vedtak:\nInnstillinga vart vedteken.\nMerknad mot: 12 høyringsinnspel kom inn.\n"),
        ("nn", "Vedtak:\nInnstillinga vart vedteken.\nFor: 2024-2027\n"),
        ("nn", "Vedtak:\nInnstillinga vart vedteken.\nMot: Nordbygda skule og Sørbygda skule\n"),
    ],
)
def test_labelled_lines_that_count_no_votes_leave_the_counts_empty(language, text):
    (row,) = votes(CASE[language] + text, language)
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == ("adopted", None, None, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Saksopplysninger:\nFor: 2 mill. kr\nMot: 2025\n"),
        ("nb", "Vurdering:\nFor: bedre skoleveg\nMot: høyere kostnader\n"),
        ("nn", "Saksopplysningar:\nFor: 14 elevar\nMot: 7 elevar\n"),
        ("nn", "Vurdering:\nArgument for: betre tilbod\nArgument mot: kostnad\n"),
        ("nb", "Høringsinnspill:\nFor: 18 innspill\nMot: 7 innspill\n"),
    ],
)
def test_pros_and_cons_and_other_tallies_are_no_vote(language, text):
    assert votes(CASE[language] + text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "outcome", "votes_for", "votes_against"),
    [
        ("nb", "Innstillingen ble vedtatt med 17 stemmer for og 8 mot.\n", "adopted", 17, 8),
        ("nb", "Forslaget ble vedtatt med 20 stemmer for (Ap, SV) og 15 stemmer imot (H, FrP).\n", "adopted", 20, 15),
        ("nb", "Forslaget falt med 10 stemmer for og 25 stemmer mot.\n", "rejected", 10, 25),
        ("nb", "Innstillingen ble vedtatt med 31 stemmer for, 4 mot.\n", "adopted", 31, 4),
        ("nb", "Formannskapets innstilling ble godkjent med 29 stemmer for og 6 imot.\n", "adopted", 29, 6),
        ("nn", "Tilrådinga vart vedteken med 17 røyster for og 8 mot.\n", "adopted", 17, 8),
        ("nn", "Framlegget vart vedteke med 12 røyster for, 9 mot (Sp og H).\n", "adopted", 12, 9),
        ("nn", "Innstillinga fall med 10 røyster for og 15 mot.\n", "rejected", 10, 15),
        ("nn", "Framlegget frå Ap vart vedteke med 19 røyster for og 2 røyster mot.\n", "adopted", 19, 2),
        ("nn", "Formannskapet si innstilling vart godkjend med 25 røyster for og 4 imot.\n", "adopted", 25, 4),
    ],
)
def test_counts_for_and_against_in_one_phrase(language, text, outcome, votes_for, votes_against):
    (row,) = votes(CASE[language] + ("Behandling:\n" if language == "nb" else "Handsaming:\n") + text, language)
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == (outcome, votes_for, votes_against, False)
