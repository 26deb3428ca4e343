"""Meeting-portal vote tabs (nb, nn) open each vote with a numbered line carrying its result at the right margin
("Votering 1 av 3 <gap> Resultat: FALT", "Røysting 2 av 2 <gap> Resultat: VEDTEKE"); below it stand what is voted
on (a proposal heading and its quoted words, or a recommendation's label) and the For/Mot/Avholdende counters
with name lists. The result belongs to the lines below its opening line, not to the vote above: each vote is
about what its own lines name and has its own counts; a tab whose lines also say "Enstemmig vedtatt." is one vote.
Look-alike: a result field on its own line under its vote keeps working as before."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

_HEAD = {
    "nb": "Elverum kommune – Møteportal\nHjem / Kommunestyret / Møte 10.09.2026 / Sak 52/26 / Voteringer\n\n"
    "Sak 52/26  Ny brannstasjon – lokalisering\nArkivsak: 26/411   Møtedato: torsdag 10. september 2026\n\n",
    "nn": "Voss herad – Møteportal\nHeradsstyret / Møte 24.09.2026 / Sak 71/26 / Røystingar\n\n"
    "Sak 71/26  Skulestruktur i Vossestrand\nArkivsak: 26/90   Møtedato: torsdag 24. september 2026\n\n",
}
_RULE = "-" * 71 + "\n"


def _rows(language: str, body: str) -> list[tuple]:
    return [cells[1:5] for cells in vote_cells(_HEAD[language] + body, language)]


TABS = [
    (
        "nb",
        "VOTERINGER (2)\n" + _RULE + "Votering 1 av 2" + " " * 34 + "Resultat: FALT\nForslag fra H v/ Kari Lund:\n"
        "«Brannstasjonen legges til Hernes.»\n  For   8   Mot  25   Avholdende  2\n"
        + _RULE
        + "Votering 2 av 2"
        + " " * 34
        + "Resultat: VEDTATT\nInnstillingen fra formannskapet\n  For  25   Mot   8   Avholdende  2\n"
        "  Mot:  Kari Lund (H), Per Moe (H)\n" + _RULE,
        [
            ("Brannstasjonen legges til Hernes.", "rejected", 8, 25),
            ("Innstillingen fra formannskapet", "adopted", 25, 8),
        ],
    ),
    (
        "nb",
        "Votering 1 av 3\t\tResultat: VEDTATT\nTilleggsforslag fra SV v/ Ola Hagen:\n"
        "«Kommunedirektøren legger fram en plan for ny brannbil.»\n  For  33   Mot   0   Avholdende  0\n"
        "  Enstemmig vedtatt.\n" + _RULE + "Votering 2 av 3\t\tResultat: FALT\nForslag fra FrP:\n"
        "«Saken utsettes.»\n  For   4   Mot  29\n" + _RULE + "Votering 3 av 3\t\tResultat: VEDTATT\n"
        "Formannskapets innstilling\n  For  29   Mot   4\n" + _RULE,
        [
            ("Kommunedirektøren legger fram en plan for ny brannbil", "adopted", 33, 0),
            ("Saken utsettes.", "rejected", 4, 29),
            ("Formannskapets innstilling", "adopted", 29, 4),
        ],
    ),
    (
        "nn",
        _RULE + "Røysting 1 av 2" + " " * 30 + "Resultat: FALL\nFramlegg frå Sp v/ Eli Rud:\n"
        "«Vinje skule vert halden oppe.»\n  For   9   Mot  26   Avhaldande  0\n"
        + _RULE
        + "Røysting 2 av 2"
        + " " * 30
        + "Resultat: VEDTEKE\nInnstillinga frå formannskapet\n  For  26   Mot   9   Avhaldande  0\n"
        + _RULE,
        [
            ("Vinje skule vert halden oppe.", "rejected", 9, 26),
            ("Innstillinga frå formannskapet", "adopted", 26, 9),
        ],
    ),
]


@pytest.mark.parametrize(("language", "body", "rows"), TABS)
def test_a_result_on_a_vote_tabs_opening_line_decides_the_lines_below(language, body, rows):
    assert _rows(language, body) == rows


def test_a_result_field_under_its_vote_keeps_its_vote():
    body = (
        _RULE + "Votering 1 av 2\nForslag fra H v/ Kari Lund:\n«Brannstasjonen legges til Hernes.»\n"
        "  For   8   Mot  25   Avholdende  2\nResultat: FALT\n" + _RULE
    )
    assert _rows("nb", body) == [("Brannstasjonen legges til Hernes.", "rejected", 8, 25)]


COUNTERS_UNDER_A_LABEL = [
    ("nb", "Votering 3\nFormannskapets innstilling\nFor 29, mot 4\nResultat: Vedtatt\n", 29, 4),
    (
        "nb",
        "Votering 2 av 2\nKommunedirektørens innstilling\n  For  20   Mot  13   Avholdende  2\nResultat: VEDTATT\n",
        20,
        13,
    ),
    ("nn", "Røysting 2\nFormannskapet si innstilling\n  For  15   Mot   6   Avhaldande  1\nResultat: Vedteke\n", 15, 6),
]


@pytest.mark.parametrize(("language", "body", "for_", "against"), COUNTERS_UNDER_A_LABEL)
def test_counters_under_a_recommendations_label_are_its_vote(language, body, for_, against):
    assert [row[2:] for row in _rows(language, body)] == [(for_, against)]
