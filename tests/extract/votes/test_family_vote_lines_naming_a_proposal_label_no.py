"""Vote pages that list the proposals put forward first, each under a short label ("F1  Kari Dahl (V):
«...»", "Forslag 2 – Per Moe (Sp): «...»", "Framlegg 3  Liv Aa (KrF): «...»"), and then give each vote a
line naming a label only ("VOTERING 1 – F1 (Kari Dahl, V)", "Røysting 2: Framlegg 3"). The vote is about the
proposal the label stands for, as written in the list, and its mover is the one the list names; a label
listed but never voted on gives no row. A heading word in capitals ("VOTERING", "RØYSTING") opens a vote as
the same word in lower case does. Looks-alike: a vote line naming the recommendation keeps that name; a label
no line above defines stays as written. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_HEAD = {
    "nb": "Kommunestyret – voteringer\nMøtedato: 10.09.2026\n\nSak 71/26  Trafikksikkerhetsplan 2026–2029\n\n",
    "nn": "Kommunestyret – røystingar\nMøtedato: 15.10.2026\n\nSak 44/26  Bustadpolitisk plan\n\n",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [
        (r.subject, r.proposer, r.outcome, r.votes_for, r.votes_against)
        for r in votes(_HEAD[language] + body, language)
    ]


@pytest.mark.parametrize(
    ("language", "body", "rows"),
    [
        (
            "nb",
            "Forslag fremmet i møtet\n"
            "  F1  Kari Dahl (V): «Gang- og sykkelvei langs Storgata prioriteres i 2027.»\n"
            "  F2  Per Moe (Sp): «Planen sendes tilbake til administrasjonen.»\n\n"
            "VOTERING 1 – F1 (Kari Dahl, V)\n  Resultat: Falt    For: 6    Mot: 21\n\n"
            "VOTERING 2 – F2 (Per Moe, Sp)\n  Resultat: Falt    For: 3    Mot: 24\n",
            [
                ("Gang- og sykkelvei langs Storgata prioriteres i 2027.", "Kari Dahl", "rejected", 6, 21),
                ("Planen sendes tilbake til administrasjonen.", "Per Moe", "rejected", 3, 24),
            ],
        ),
        (
            "nb",
            "Fremsatte forslag:\n"
            "Forslag 1 – Anne Ruud (SV): «Kommunen innfører 30 km/t ved alle skoler.»\n"
            "Forslag 2 – Geir Lie (FrP) varslet forslag, men trakk det.\n"
            "Forslag 3 – Siri Holm (KrF): «Det settes av 2 mill. kr til belysning.»\n\n"
            "Votering 1: Forslag 1\nResultat: Vedtatt (27 for, 0 mot)\n\n"
            "Votering 2: Forslag 3\nResultat: Falt (9 for, 18 mot)\n",
            [
                ("Kommunen innfører 30 km/t ved alle skoler.", "Anne Ruud", "adopted", 27, 0),
                ("Det settes av 2 mill. kr til belysning.", "Siri Holm", "rejected", 9, 18),
            ],
        ),
        (
            "nb",
            "Forslag\n  A1\tTone Berg (H)\t«Tiltak 3 utgår.»\n  A2\tLars Vik (Ap)\t«Tiltak 5 fremskyndes til 2027.»\n\n"
            "VOTERING 1 – A2 (Lars Vik, Ap)\n  Resultat: Vedtatt    For: 20    Mot: 7\n",
            [("Tiltak 5 fremskyndes til 2027.", "Lars Vik", "adopted", 20, 7)],
        ),
        (
            "nn",
            "Framlegg sette fram i møtet\n"
            "  F1  Ola Haugen (Sp): «Kommunen kjøper tomta på Nes til bustadbygging.»\n"
            "  F2  Brit Aasen (R): «Det vert sett av midlar til utleigebustader.»\n\n"
            "RØYSTING 1 – F2 (Brit Aasen, R)\n  Resultat: Fall    For: 2    Mot: 19\n\n"
            "RØYSTING 2 – F1 (Ola Haugen, Sp)\n  Resultat: Vedteke    For: 21    Mot: 0\n",
            [
                ("Det vert sett av midlar til utleigebustader.", "Brit Aasen", "rejected", 2, 19),
                ("Kommunen kjøper tomta på Nes til bustadbygging.", "Ola Haugen", "adopted", 21, 0),
            ],
        ),
        (
            "nn",
            "Framlegg 1 – Eli Tveit (V): «Planen vert revidert kvart andre år.»\n\n"
            "Røysting 1: Framlegg 1\nResultat: Vedteke (15 for, 6 mot)\n\n"
            "Røysting 2: Innstillinga\nResultat: Vedteke (21 for, 0 mot)\n",
            [
                ("Planen vert revidert kvart andre år.", "Eli Tveit", "adopted", 15, 6),
                ("Innstillinga", None, "adopted", 21, 0),
            ],
        ),
        (  # looks alike: a label no line above defines stays as written
            "nb",
            "Votering 1: Forslag 4\nResultat: Falt (5 for, 22 mot)\n",
            [("Forslag 4", None, "rejected", 5, 22)],
        ),
        (  # looks alike: a label defined nowhere above, its words in a text field under the vote line
            "nb",
            "VOTERING 2 - Endringsforslag 1\nForslagsstiller: Guro Lie (Ap)\n"
            "Tekst: «Tiltaket fullføres innen 2028.»\nResultat: Vedtatt mot 3 stemmer (FrP).\n",
            [("Tiltaket fullføres innen 2028.", "Guro Lie", "adopted", None, 3)],
        ),
        (
            "nn",
            "RØYSTING 1 - Tilleggsframlegg 2\nFramleggstekst: «Kommunen søkjer om statstilskot.»\n"
            "Resultat: Samrøystes vedteke.\n",
            [("Kommunen søkjer om statstilskot.", None, "adopted", None, 0)],
        ),
        (  # looks alike: a vote on the recommendation keeps its name
            "nb",
            "F1  Nils Aas (MDG): «Sykkelparkering ved rådhuset.»\n\n"
            "VOTERING 1 – Formannskapets innstilling\n  Resultat: Vedtatt    For: 27    Mot: 0\n",
            [("Formannskapets innstilling", None, "adopted", 27, 0)],
        ),
    ],
)
def test_vote_line_naming_a_label(language: str, body: str, rows: list[tuple]) -> None:
    assert _rows(language, body) == rows
