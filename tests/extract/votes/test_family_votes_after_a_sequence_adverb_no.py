"""Norwegian vote lines that open with an adverb of sequence and so put the verb before the subject
("Deretter vart innstillinga samrøystes vedteken.", "Til slutt ble innstillingen vedtatt med 20 mot 7
stemmer."), as "Dermed ble ..." already does: the final vote after an amendment or a postponement fell is a
row of its own. A sentence opened the same way that records no vote is none."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

CASE = {
    "nb": "Kommunestyret\n\nMøtedato: 11.12.2025\n\nPS 62/25 Reguleringsplan for Flatebygd\n\nBehandling:\n"
    "Ola Tveit (Ap) fremmet utsettelsesforslag:\n«Saken utsettes.»\n"
    "Utsettelsesforslaget falt med 6 mot 11 stemmer.\n",
    "nn": "Kommunestyret\n\nMøtedato: 11.12.2025\n\nKS-sak 62/25 Reguleringsplan for Flatebygd\n\nHandsaming i møtet:\n"
    "Olav Tveiten (Ap) sette fram utsetjingsframlegg:\n«Saka vert utsett.»\n"
    "Utsetjingsframlegget fall med 6 mot 11 røyster.\n",
}


@pytest.mark.parametrize(
    ("language", "line", "final"),
    [
        ("nn", "Deretter vart innstillinga samrøystes vedteken.", ("innstillinga", True, None, 0)),
        ("nn", "Deretter vart innstillinga vedteken med 11 mot 6 røyster.", ("innstillinga", False, 11, 6)),
        ("nn", "Etterpå vart tilrådinga samrøystes vedteken.", ("tilrådinga", True, None, 0)),
        ("nb", "Deretter ble innstillingen enstemmig vedtatt.", ("innstillingen", True, None, 0)),
        ("nb", "Til slutt ble innstillingen vedtatt med 20 mot 7 stemmer.", ("innstillingen", False, 20, 7)),
        (
            "nb",
            "Etterpå ble formannskapets innstilling enstemmig vedtatt.",
            ("formannskapets innstilling", True, None, 0),
        ),
    ],
)
def test_a_final_vote_after_a_sequence_adverb_is_a_row(language, line, final):
    rows = votes(CASE[language] + line + "\n", language)
    assert [r.outcome for r in rows] == ["rejected", "adopted"]
    last = rows[-1]
    assert (last.subject.lower(), last.unanimous, last.votes_for, last.votes_against) == final


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("nb", "Deretter ble det holdt en pause før voteringen."),
        ("nn", "Deretter vart det halde ein pause på ti minutt."),
    ],
)
def test_a_sequence_adverb_before_no_vote_adds_no_row(language, line):
    rows = votes(CASE[language] + line + "\n", language)
    assert [r.outcome for r in rows] == ["rejected"]
