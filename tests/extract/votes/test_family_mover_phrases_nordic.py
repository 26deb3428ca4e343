"""An amendment or additional proposal named by its kind and mover ("Tilleggsforslaget fra Venstre",
"Tilleggsframlegget frå Ormberg", "Ændringsforslag fra Enhedslisten v/ Maja Sand (Ø)", "Endringsforslag
fra H ved Per Dahl"), in the outcome line or as the heading above it: the mover phrase gives the proposer.
A party as mover is the proposer_party; a member is the proposer, with the party in brackets or the party
the member moves for ("SV v/ Kari Lie") as proposer_party. The subject is the proposal as the outcome names
it, or its words when the heading above gives them; the administration or a committee as mover is the
recommendation, no member's proposal.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

LABEL = {"da": "Beslutning:\n", "nb": "Votering:\n", "nn": "Røysting:\n"}


def _rows(language: str, body: str) -> list[tuple]:
    rows = votes(CASE[language] + body + "\n", language)
    return [(r.subject, r.proposer, r.proposer_party, r.outcome) for r in rows]


@pytest.mark.parametrize(
    ("language", "line", "expected"),
    [
        (
            "da",
            "Ændringsforslag fra Enhedslisten v/ Maja Sand (Ø) blev forkastet med 5 mod 20 stemmer.",
            ("Ændringsforslag fra Enhedslisten v/ Maja Sand (Ø)", "Maja Sand", "Ø", "rejected"),
        ),
        (
            "da",
            "Tillægsforslaget fra Venstre blev vedtaget.",
            ("Tillægsforslaget fra Venstre", None, "Venstre", "adopted"),
        ),
        ("da", "Ændringsforslaget fra SF blev forkastet.", ("Ændringsforslaget fra SF", None, "SF", "rejected")),
        (
            "da",
            "Tillægsforslag fra Dansk Folkeparti ved Ole Bak blev vedtaget med 15 mod 12 stemmer.",
            ("Tillægsforslag fra Dansk Folkeparti ved Ole Bak", "Ole Bak", "Dansk Folkeparti", "adopted"),
        ),
        (
            "da",
            "Ændringsforslaget fra Lise Holm (A) blev godkendt.",
            ("Ændringsforslaget fra Lise Holm (A)", "Lise Holm", "A", "adopted"),
        ),
        (
            "nb",
            "Tilleggsforslaget fra Venstre ble vedtatt med 20 mot 15 stemmer.",
            ("Tilleggsforslaget fra Venstre", None, "Venstre", "adopted"),
        ),
        (
            "nb",
            "Endringsforslag fra H ved Per Dahl ble vedtatt mot 10 stemmer.",
            ("Endringsforslag fra H ved Per Dahl", "Per Dahl", "H", "adopted"),
        ),
        (
            "nb",
            "Endringsforslaget fra SV v/ Kari Lie falt med 8 mot 35 stemmer.",
            ("Endringsforslaget fra SV v/ Kari Lie", "Kari Lie", "SV", "rejected"),
        ),
        (
            "nb",
            "Tilleggsforslaget fra Ola Berg (Sp) ble enstemmig vedtatt.",
            ("Tilleggsforslaget fra Ola Berg (Sp)", "Ola Berg", "Sp", "adopted"),
        ),
        ("nb", "Tilleggsforslaget fra Moe ble vedtatt.", ("Tilleggsforslaget fra Moe", "Moe", None, "adopted")),
        (
            "nn",
            "Tilleggsframlegget frå Ormberg vart vedteke med 20 mot 15 røyster.",
            ("Tilleggsframlegget frå Ormberg", "Ormberg", None, "adopted"),
        ),
        (
            "nn",
            "Endringsframlegget frå Raudt v/ Siv Hol fall.",
            ("Endringsframlegget frå Raudt v/ Siv Hol", "Siv Hol", "Raudt", "rejected"),
        ),
        (
            "nn",
            "Tilleggsframlegget frå Senterpartiet vart samrøystes vedteke.",
            ("Tilleggsframlegget frå Senterpartiet", None, "Senterpartiet", "adopted"),
        ),
        (
            "nn",
            "Framlegget frå KrF ved Nils Rud fall med 4 mot 21 røyster.",
            ("Framlegget frå KrF ved Nils Rud", "Nils Rud", "KrF", "rejected"),
        ),
        (
            "nn",
            "Endringsframlegget frå Liv Dal (MDG) vart vedteke.",
            ("Endringsframlegget frå Liv Dal (MDG)", "Liv Dal", "MDG", "adopted"),
        ),
    ],
)
def test_the_mover_phrase_in_the_outcome_line_gives_the_proposer(language, line, expected):
    assert _rows(language, LABEL[language] + line) == [expected]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "da",
            "Ændringsforslag fra Enhedslisten v/ Maja Sand (Ø):\nBevillingen hæves til 2 mio. kr.\n\n"
            "Beslutning:\nÆndringsforslaget blev forkastet.",
            ("Maja Sand", "Ø", "rejected"),
        ),
        (
            "da",
            "Tillægsforslag fra Socialdemokratiet v/ Jens Bo:\nDer afsættes 1 mio. kr. til stier.\n\n"
            "Beslutning:\nTillægsforslaget blev vedtaget.",
            ("Jens Bo", "Socialdemokratiet", "adopted"),
        ),
        (
            "nb",
            "Endringsforslag fra H ved Per Dahl:\nPunkt 2 strykes.\n\n"
            "Votering:\nEndringsforslaget falt med 12 mot 33 stemmer.",
            ("Per Dahl", "H", "rejected"),
        ),
        (
            "nn",
            "Tilleggsframlegg frå Sp v/ Ola Ormberg:\nNytt punkt 4: Kommunen søkjer om tilskot.\n\n"
            "Røysting:\nTilleggsframlegget vart vedteke.",
            ("Ola Ormberg", "Sp", "adopted"),
        ),
    ],
)
def test_a_mover_heading_gives_the_proposer_of_the_outcome_below(language, body, expected):
    assert [r[1:] for r in _rows(language, body)] == [expected]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("da", "Ændringsforslaget fra forvaltningen blev vedtaget."),
        ("nb", "Tilleggsforslaget fra formannskapet ble vedtatt."),
        ("nn", "Endringsframlegget frå kommunedirektøren vart vedteke."),
    ],
)
def test_the_administration_as_mover_is_no_members_proposal(language, line):
    assert [r[1:3] for r in _rows(language, LABEL[language] + line)] == [(None, None)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Tilleggsforslag fra Arne Moe (Sp):\nNytt punkt 3: Planen evalueres i 2026.\n\n"
            "Votering:\nTilleggsforslaget fra Moe ble enstemmig vedtatt.",
            ("Nytt punkt 3: Planen evalueres i 2026", "Arne Moe", "Sp", "adopted"),
        ),
        (
            "nn",
            "Tilleggsframlegg frå Kari Ormberg (Sp):\nKommunen søkjer om tilskot.\n\n"
            "Røysting:\nTilleggsframlegget frå Ormberg vart vedteke med 20 mot 15 røyster.",
            ("Kommunen søkjer om tilskot", "Kari Ormberg", "Sp", "adopted"),
        ),
        (
            "da",
            "Ændringsforslag fra Maja Sand (Ø):\nBevillingen hæves til 2 mio. kr.\n\n"
            "Beslutning:\nÆndringsforslaget fra Sand blev forkastet.",
            ("Bevillingen hæves til 2 mio. kr", "Maja Sand", "Ø", "rejected"),
        ),
    ],
)
def test_a_mover_named_by_surname_is_the_member_of_the_heading_above(language, body, expected):
    assert _rows(language, body) == [expected]
