"""A member's proposal quoted on its lead line, the vote on it run onto the same line after the closing quote
("Kari Lund (MDG) fremmet utsettelsesforslag: «Saken utsettes.» Utsettelsesforslaget falt med 3 mot 18 stemmer.",
as a vote line reads once the normaliser has joined it to a lead line wrapped near the page's width). The proposal's
words end at the closing quote: the sentence after it is the treatment, so the vote is about the quoted words and
moved by the member, in Bokmål and Nynorsk. Look-alikes: a quote that a lower-case clause goes on from, and a
quote that holds the whole line, keep the proposal as it was. All texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Bystyret\n\nMøtedato: 12.05.2026\n\nPS 12/26  Ny idrettshall\nInnstilling: Hallen bygges.\n\nBehandling:\n",
    "nn": "Kommunestyret\n\nMøtedato: 12.05.2026\n\nSak 12/26  Ny idrettshall\nFramlegg til vedtak: Hallen vert bygd."
    "\n\nHandsaming:\n",
}
FINAL = {
    "nb": "\nVotering:\nInnstillingen ble vedtatt mot 2 stemmer (FrP).\n\nVedtak:\nHallen bygges.\n",
    "nn": "\nRøysting:\nFramlegget til vedtak vart vedteke mot 2 røyster (FrP).\n\nVedtak:\nHallen vert bygd.\n",
}

CASES = [
    (
        "nb",
        "Kari Lund (MDG) fremmet utsettelsesforslag: «Saken utsettes til oktober.» Utsettelsesforslaget falt med 3 mot "
        "18 stemmer.\n",
        ("Saken utsettes til oktober", "Kari Lund", "rejected", 3, 18),
    ),
    (
        "nb",
        "Per Moe (H) fremmet forslag: «Hallen bygges i tre.» Forslaget falt med 9 mot 12 stemmer.\n",
        ("Hallen bygges i tre", "Per Moe", "rejected", 9, 12),
    ),
    (
        "nb",
        "Eva Berg (Sp) fremmet følgende utsettelsesforslag: «Saken sendes tilbake til kommunedirektøren.» "
        "Utsettelsesforslaget falt med 5 mot 16 stemmer.\n",
        ("Saken sendes tilbake til kommunedirektøren", "Eva Berg", "rejected", 5, 16),
    ),
    (
        "nn",
        "Kari Lund (MDG) sette fram utsetjingsframlegg: «Saka blir utsett til oktober.» Utsetjingsframlegget fall "
        "med 4 mot 13 røyster.\n",
        ("Saka blir utsett til oktober", "Kari Lund", "rejected", 4, 13),
    ),
    (
        "nn",
        "Ola Dale (KrF) sette fram framlegg: «Hallen vert bygd i tre.» Framlegget fall med 6 mot 11 røyster.\n",
        ("Hallen vert bygd i tre", "Ola Dale", "rejected", 6, 11),
    ),
]


@pytest.mark.parametrize(("language", "line", "expected"), CASES)
def test_the_vote_after_the_closing_quote_is_about_the_quoted_words(language, line, expected):
    rows = votes(HEAD[language] + line + FINAL[language], language)
    first = [(r.subject, r.proposer, r.outcome, r.votes_for, r.votes_against) for r in rows][0]
    assert first == expected
    assert len(rows) == 2


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("nb", "Kari Lund (MDG) fremmet forslag: «Saken utsettes til oktober.» og ba om at det ble stemt over det.\n"),
        ("nn", "Kari Lund (MDG) sette fram framlegg: «Saka blir utsett til oktober.»\n"),
    ],
)
def test_a_quote_without_a_sentence_after_it_keeps_the_proposal_whole(language, line):
    rows = votes(HEAD[language] + line + FINAL[language], language)
    assert [r.outcome for r in rows] == ["adopted"]
