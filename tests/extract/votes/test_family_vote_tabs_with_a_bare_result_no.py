"""Meeting-portal vote tabs (nb, nn) printing a vote's result with no label: at the right margin of the tab's
opening line ("Votering 1 av 3 <gap> Falt  4 - 11"), or on a line of its own under what is voted on
("FALT   5 for  -  30 mot", "Vedtatt   24 - 11"), the For/Mot counters and name lists below. Each tab is one vote
about what its own lines name (the quoted words of a proposal, else a recommendation's label), with the outcome
and counts of its bare result. Look-alikes: an outcome word before a span of years or a time of day, a line
going on after the score in words, and a bare score with no outcome word decide nothing."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

_HEAD = {
    "nb": "Rindal kommune › Politikk › Kommunestyret › Møte 14.05.2026 › Sak 22/26\n"
    "Sak 22/26  Ny brannstasjon - lokalisering\nArkivsak 25/311\n\nVOTERINGER\n\n",
    "nn": "Sogndal kommune › Politikk › Kommunestyret › Møte 03.09.2026 › Sak 58/26\n"
    "Sak 58/26  Skulebruksplan - Kaupanger skule\nArkivsak 26/902\n\nRØYSTINGAR\n\n",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [cells[1:5] for cells in vote_cells(_HEAD[language] + body, language)]


TABS = [
    (  # the result at the opening line's right margin, name lists in columns
        "nb",
        "Votering 1 av 2" + " " * 30 + "Falt  6 - 13\nForslag fra Senterpartiet v/ Ola Bakk\n"
        "«Brannstasjonen legges til Øvre Rindal.»\nFor (6)\n  Ola Bakk            Senterpartiet\n"
        "  Siri Moe            Senterpartiet\nMot (13)\n  Kari Solberg           Arbeiderpartiet\n\n"
        "Votering 2 av 2" + " " * 30 + "Vedtatt  13 - 6\nFormannskapets innstilling\nFor (13)\nMot (6)\n",
        [
            ("Brannstasjonen legges til Øvre Rindal.", "rejected", 6, 13),
            ("Formannskapets innstilling", "adopted", 13, 6),
        ],
    ),
    (  # a tab character before the result, counters without brackets
        "nb",
        "Votering 1 av 2\tVEDTATT 27 - 8\nTilleggsforslag fra SV v/ Nils Aas\n"
        "«Kommunedirektøren bes vurdere nattåpen legevakt.»\nFor 27\nMot 8\n\n"
        "Votering 2 av 2\tVEDTATT 35 - 0\nKommunedirektørens innstilling\nFor 35\nMot 0\n",
        [
            ("Kommunedirektøren bes vurdere nattåpen legevakt.", "adopted", 27, 8),
            ("Kommunedirektørens innstilling", "adopted", 35, 0),
        ],
    ),
    (  # the result on a line of its own, "for" and "mot" after the counts
        "nb",
        'Votering 1\nForslag 2 fremmet av Per Lunde, Venstre:\n"Saken sendes tilbake til formannskapet."\n'
        "FALT   11 for  -  24 mot\n  For (11):\n    Per Lunde (V)\n  Mot (24):\n    Arbeiderpartiet 12\n\n"
        "Votering 2\nFormannskapets innstilling\nVEDTATT   24 for  -  11 mot\n  Mot (11):\n    Venstre 3\n",
        [
            ("Saken sendes tilbake til formannskapet.", "rejected", 11, 24),
            ("Formannskapets innstilling", "adopted", 24, 11),
        ],
    ),
    (  # Nynorsk, the result at the opening line's margin
        "nn",
        "Røysting 1 av 2" + " " * 28 + "Fall  7 - 20\nFramlegg frå Sp v/ Liv Hauge\n"
        "«Kaupanger skule vert halden oppe som 1-10-skule.»\nFor (7)\n  Liv Hauge           Senterpartiet\n"
        "Mot (20)\n  Ivar Sæle           Arbeidarpartiet\n\n"
        "Røysting 2 av 2" + " " * 28 + "Vedteke  20 - 7\nFormannskapet si innstilling\nFor (20)\nMot (7)\n",
        [
            ("Kaupanger skule vert halden oppe som 1-10-skule.", "rejected", 7, 20),
            ("Formannskapet si innstilling", "adopted", 20, 7),
        ],
    ),
    (  # Nynorsk, the result on a line of its own with a remark in brackets
        "nn",
        "Røysting 1\nTilleggsframlegg frå MDG v/ Åse Rud:\n«Kommunedirektøren greier ut skuleskyss med el-buss.»\n"
        "VEDTEKE   27 for  -  0 mot   (samrøystes)\n",
        [("Kommunedirektøren greier ut skuleskyss med el-buss.", "adopted", 27, 0)],
    ),
]


@pytest.mark.parametrize(("language", "body", "rows"), TABS)
def test_a_bare_result_decides_its_vote_tab(language, body, rows):
    assert [row[:2] for row in _rows(language, body)] == [row[:2] for row in rows]


@pytest.mark.parametrize(("language", "body", "rows"), [TABS[0], TABS[1], TABS[3]])
def test_a_bare_result_on_the_opening_line_gives_its_counts(language, body, rows):
    assert _rows(language, body) == rows


JOINED = [
    (  # a recommendation's label naming what was added to it
        "nb",
        "Votering 1 av 2" + " " * 20 + "Vedtatt  9 - 6\nEndringsforslag fra Venstre v/ Eva Dahl\n«Punkt 2 strykes.»\n"
        "For (9)\nMot (6)\n\nVotering 2 av 2" + " " * 20 + "Vedtatt  15 - 0\n"
        "Kommunedirektørens innstilling med vedtatt endringsforslag\nFor (15)\nMot (0)\n",
        [("Punkt 2 strykes.", "adopted"), ("Kommunedirektørens innstilling med vedtatt endringsforslag", "adopted")],
    ),
    (
        "nn",
        "Røysting 1 av 2" + " " * 20 + "Fall  5 - 12\nFramlegg frå Raudt v/ Per Vik\n«Saka vert utsett.»\n"
        "For (5)\nMot (12)\n\nRøysting 2 av 2" + " " * 20 + "Vedteke  17 - 0\n"
        "Formannskapet si innstilling med dei vedtekne tillegga\nFor (17)\nMot (0)\n",
        [("Saka vert utsett.", "rejected"), ("Formannskapet si innstilling med dei vedtekne tillegga", "adopted")],
    ),
]


@pytest.mark.parametrize(("language", "body", "rows"), JOINED)
def test_a_tab_names_the_whole_label_of_an_amended_recommendation(language, body, rows):
    assert [row[:2] for row in _rows(language, body)] == rows


LOOK_ALIKES = [
    ("nb", "Planperiode\nVedtatt  2026 - 2030\nPlanen gjelder hele kommunen.\n"),  # years, not counts
    ("nb", "Møtetid\nFalt 10 - 12 bort på grunn av streik.\n"),  # the line goes on in words
    ("nn", "Opningstider\nSkulen held ope 8 - 15 kvar dag.\n"),  # no outcome word
]


@pytest.mark.parametrize(("language", "body"), LOOK_ALIKES)
def test_look_alikes_record_no_vote(language, body):
    assert _rows(language, body) == []
