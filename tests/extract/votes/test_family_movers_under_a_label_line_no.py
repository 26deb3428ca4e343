"""A Norwegian mover named at the start of the line under a one-word label ("Vedtak" / "Kari Nordmann (Ap) fremmet
forslag om ..."): the label is the line above, not the mover's first name, so the proposer is the name on its own
line (as in the Danish family). Look-alikes: a mover with three names keeps them all, and a decision under the label
names no mover. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _movers(body: str, language: str) -> list[tuple]:
    return [(r.proposer, r.proposer_party) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("body", "language", "mover"),
    [
        (
            "Vedtak\nKari Nordmann (Ap) fremmet følgende forslag:\n\"Saken utsettes til neste møte.\"\n"
            "Forslaget falt med 8 mot 27 stemmer.\n",
            "nb",
            ("Kari Nordmann", "Ap"),
        ),
        (
            "Behandling\nOla Berg (H) la fram slikt forslag: Rådmannen bes utrede en ny skolestruktur.\n"
            "Forslaget ble vedtatt med 20 mot 15 stemmer.\n",
            "nb",
            ("Ola Berg", "H"),
        ),
        (
            "Votering\nSiri Haugland (SV) satte fram endringsforslag: Punkt 3 strykes.\n"
            "Endringsforslaget falt med 5 mot 30 stemmer.\n",
            "nb",
            ("Siri Haugland", "SV"),
        ),
        (
            "Handsaming\nIngrid Vik (Sp) sette fram framlegg: Saka vert send attende til formannskapet.\n"
            "Framlegget fall med 9 mot 16 røyster.\n",
            "nn",
            ("Ingrid Vik", "Sp"),
        ),
        (
            "Røysting\nNils Olav Dale (KrF) la fram fylgjande framlegg: Tilskotet vert auka til 200 000 kroner.\n"
            "Framlegget vart vedteke med 14 mot 11 røyster.\n",
            "nn",
            ("Nils Olav Dale", "KrF"),
        ),
    ],
)
def test_the_label_line_above_is_no_part_of_the_movers_name(body, language, mover):
    assert mover in _movers(body, language)


def test_a_mover_with_three_names_keeps_them_all():
    body = (
        "Behandling\nAnne Marie Lund (V) fremmet følgende forslag: Saken sendes tilbake.\n"
        "Forslaget falt med 3 mot 32 stemmer.\n"
    )
    assert ("Anne Marie Lund", "V") in _movers(body, "nb")


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_a_decision_under_the_label_names_no_mover(language):
    body = "Vedtak\nInnstillingen ble vedtatt.\n" if language == "nb" else "Vedtak\nInnstillinga vart vedteken.\n"
    assert all(mover == (None, None) for mover in _movers(body, language))
