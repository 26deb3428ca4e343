"""A decision block below votes in which only other proposals fell (da, nb, nn): "Utsettelsesforslaget falt med 12
mot 23 stemmer." then "Vedtak: Formannskapets innstilling vedtatt." records two decisions, the fallen proposal
(rejected) and the decision itself (adopted); it restates nothing. Below an adopted vote the block restates it."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

FALLEN = [
    (
        "da",
        "Beslutning:\nV's ændringsforslag blev forkastet med 3 stemmer for og 20 imod.\n\nByrådets beslutning:\n"
        "Godkendt.\n",
    ),
    (
        "da",
        "Beslutning:\nUdsættelsesforslaget faldt med 5 stemmer mod 24.\n\nByrådets beslutning:\n"
        "Økonomiudvalgets indstilling godkendt.\n",
    ),
    (
        "da",
        "Ændringsforslaget fra Ø blev forkastet med 2 stemmer for og 25 imod.\n\n"
        "Beslutning:\nIndstillingen tiltrådt.\n",
    ),
    ("da", "Forslaget fra O faldt med 3 stemmer for og 24 imod.\n\nBeslutning:\nGodkendt.\n"),
    (
        "da",
        "Beslutning:\nSF's ændringsforslag blev forkastet med 4 stemmer for og 17 imod.\n\nBeslutning:\nAnbefales.\n",
    ),
    (
        "nb",
        "Votering:\nUtsettelsesforslaget falt med 12 mot 23 stemmer.\nVedtak: Formannskapets innstilling vedtatt.\n",
    ),
    ("nb", "Votering:\nForslaget fra SV falt med 10 mot 25 stemmer.\n\nVedtak:\nInnstillingen vedtatt.\n"),
    ("nb", "Votering:\nFrPs forslag falt mot 4 stemmer.\nVedtak: Som innstillingen.\n"),
    ("nb", "Votering:\nUtsettelsesforslaget fikk 9 stemmer og falt.\n\nVedtak:\nRådmannens innstilling vedtatt.\n"),
    ("nb", "Votering:\nForslaget fra H falt med 14 mot 21 stemmer.\nKommunestyrets vedtak:\nSom innstillingen.\n"),
    ("nn", "Røysting:\nFramlegget frå Sp fall med 9 mot 16 røyster.\nVedtak: Formannskapet si tilråding vedteken.\n"),
    ("nn", "Røysting:\nUtsetjingsframlegget fall med 5 mot 20 røyster.\n\nVedtak:\nSom tilrådinga.\n"),
    ("nn", "Røysting:\nFramlegget frå FrP fall mot 3 røyster.\nVedtak: Som innstillinga.\n"),
    ("nn", "Røysting:\nFramlegget frå KrF fekk 4 røyster og fall.\n\nVedtak:\nTilrådinga vedteken.\n"),
    ("nn", "Røysting:\nFramlegget frå H fall med 11 mot 14 røyster.\nKommunestyret sitt vedtak:\nSom tilrådinga.\n"),
]


@pytest.mark.parametrize(("language", "body"), FALLEN)
def test_a_decision_below_fallen_proposals_is_a_row_of_its_own(language, body):
    rows = votes(CASE[language] + body, language)
    assert [r.outcome for r in rows] == ["rejected", "adopted"]


RESTATED = [
    ("da", "Indstillingen blev godkendt med 20 stemmer mod 3.\n\nBeslutning:\nGodkendt.\n"),
    ("nb", "Votering:\nInnstillingen ble vedtatt med 20 mot 6 stemmer.\nVedtak: Som innstillingen.\n"),
    ("nn", "Røysting:\nTilrådinga vart vedteken med 15 mot 4 røyster.\nVedtak: Som tilrådinga.\n"),
]


@pytest.mark.parametrize(("language", "body"), RESTATED)
def test_a_block_below_an_adopted_vote_restates_it(language, body):
    rows = votes(CASE[language] + body, language)
    assert [r.outcome for r in rows] == ["adopted"]
