"""Vote lines naming the members on each side of what was put to the vote (da, nb, nn): "For innstillinga: Berg
(Sp), Hå (H), Nord (Ap)" / "Mot innstillinga: Matre (KrF), Sol (Sp)", "For indstillingen: ..." / "Imod
indstillingen: ...". The members are counted into votes_for and votes_against, the against side by party, on
the decision they belong to."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, vote_cells

LINES = [
    (
        "da",
        "Indstilling:\nAt planen godkendes.\nBeslutning:\nFor indstillingen: Jens Rask (V), Ole Kvist (V), "
        "Malene Touborg (A)\nImod indstillingen: Hanne Lyng (F), Bo Iversen (Ø)\nGodkendt.\n",
        3,
        2,
        {"F": 1, "Ø": 1},
    ),
    (
        "da",
        "Beslutning:\nStemte for indstillingen: Anne Juul (C), Kasper Vind (V)\n"
        "Stemte imod indstillingen: Rikke Strand (A)\nIndstillingen blev godkendt.\n",
        2,
        1,
        {"A": 1},
    ),
    (
        "da",
        "Beslutning:\nFor forslaget: Per Dam (O)\nImod forslaget: Lise Berg (A), Ib Holm (V), Eva Bak (C)\n"
        "Forslaget blev forkastet.\n",
        1,
        3,
        {"A": 1, "V": 1, "C": 1},
    ),
    (
        "da",
        "Beslutning:\n  For indstillingen:  Ole Kvist (V), Jens Rask (V), Bo Nørr (V), Ane Mø (A)\n"
        "  Mod indstillingen:  Hanne Lyng (F)\nIndstillingen godkendt.\n",
        4,
        1,
        {"F": 1},
    ),
    (
        "da",
        "Beslutning:\nFor anbefalingen: Tina Berg (A) og Lars Holm (O)\nImod anbefalingen: Mette Ørum (F)\n"
        "Anbefalingen blev godkendt.\n",
        2,
        1,
        {"F": 1},
    ),
    (
        "nb",
        "Rådmannens innstilling:\nPlanen vedtas.\nVotering:\nFor innstillingen: Kari Li (Ap), Per Dal (H), "
        "Ola Nes (Sp)\nMot innstillingen: Siri Bø (FrP), Lise Ask (V)\nVedtak: Som innstillingen.\n",
        3,
        2,
        {"FrP": 1, "V": 1},
    ),
    (
        "nb",
        "Votering:\nStemte for forslaget: Ane Lien (SV), Jon Aas (R)\nStemte mot forslaget: Kjell Rå (FrP), "
        "Geir Lie (FrP), Siv Ulla (Sp)\nForslaget falt.\n",
        2,
        3,
        {"FrP": 2, "Sp": 1},
    ),
    (
        "nb",
        "Votering:\n  For innstillinga:  Elin Vik (Ap), Berit Kolstad (Ap), Trond Fjeld (H)\n"
        "  Mot innstillinga:  Sara Olsen (MDG)\nInnstillinga ble vedtatt.\n",
        3,
        1,
        {"MDG": 1},
    ),
    (
        "nb",
        "Votering:\nFor innstillingen: Kari Li (Ap) og Per Dal (H)\nMot innstillingen: Ola Nes (Sp)\n"
        "Innstillingen ble vedtatt.\n",
        2,
        1,
        {"Sp": 1},
    ),
    (
        "nb",
        "Votering:\nFor forslaget: Rune Halvorsen (FrP)\nMot forslaget: Elin Vik (Ap), Jonas Li (V)\n"
        "Forslaget ble ikke vedtatt.\n",
        1,
        2,
        {"Ap": 1, "V": 1},
    ),
    (
        "nn",
        "Kommunedirektøren si innstilling: Klagen vert ikkje teken til følgje.\nRøysting:\n  For innstillinga:   "
        "Berg (Sp), Hå (H), Nord (Ap)\n  Mot innstillinga:   Matre (KrF), Sol (Sp)\nVedtak: Som innstillinga.\n",
        3,
        2,
        {"KrF": 1, "Sp": 1},
    ),
    (
        "nn",
        "Røysting:\nRøysta for tilrådinga: Geir Berg (Sp), Marit Hå (H)\nRøysta mot tilrådinga: Nils Nord (Ap)\n"
        "Tilrådinga vart vedteken.\n",
        2,
        1,
        {"Ap": 1},
    ),
    (
        "nn",
        "Røysting:\nFor framlegget: Randi Matre (KrF)\nMot framlegget: Geir Berg (Sp), Marit Hå (H), Nils Nord (Ap)\n"
        "Framlegget fall.\n",
        1,
        3,
        {"Sp": 1, "H": 1, "Ap": 1},
    ),
    (
        "nn",
        "Røysting:\n  For tilrådinga:  Olav Haug (Sp), Åse Tveit (Ap), Kari Fjell (H)\n"
        "  Mot tilrådinga:  Per Vik (FrP)\n"
        "Tilrådinga vart vedteken.\n",
        3,
        1,
        {"FrP": 1},
    ),
    (
        "nn",
        "Røysting:\nFor innstillinga: Geir Berg (Sp) og Marit Hå (H)\nMot innstillinga: Nils Nord (Ap)\n"
        "Vedtak: Som innstillinga.\n",
        2,
        1,
        {"Ap": 1},
    ),
]


@pytest.mark.parametrize(("language", "body", "yes", "no", "parties"), LINES)
def test_members_named_on_each_side_are_counted(language, body, yes, no, parties):
    rows = vote_cells(CASE[language] + body, language)
    assert [(r[3], r[4], r[5]) for r in rows] == [(yes, no, parties)]


LOOK_ALIKES = [
    ("da", "Beslutning:\nGodkendt.\nFor indstillingen talte Jens Rask (V) og Ole Kvist (V).\n"),
    ("nb", "Vedtak: Enstemmig vedtatt.\nFor innstillingen argumenterte Kari Li (Ap).\n"),
    ("nn", "Vedtak: Samrøystes vedteke.\nFor tilrådinga tala Geir Berg (Sp).\n"),
]


@pytest.mark.parametrize(("language", "body"), LOOK_ALIKES)
def test_members_speaking_for_a_proposal_are_no_vote(language, body):
    rows = vote_cells(CASE[language] + body, language)
    assert [(r[3], r[5]) for r in rows] == [(None, None)]
