"""Decision lists (nb, nn) whose line under a case opens with the outcome: a unanimous outcome as a label before
the decision's words ("Samrøystes vedteke: Idrettslaget får ...", "Enstemmig vedtatt: ..."), or an outcome with
its score written with a dash ("Vedteke 5-2. Ap og SV røysta mot.", "Vedtatt 4 – 3"). Each is the case's
decision, adopted, with unanimity or the counts it states. Look-alikes: a date or a span of years after the
outcome word is no score, and a bare "Vedtak:" label is no outcome."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

_HEAD = {
    "nb": "VEDTAKSLISTE - FORMANNSKAPET\nTirsdag 6. oktober 2026 kl. 09.00, Rådhuset\n\n",
    "nn": "VEDTAKSLISTE - FORMANNSKAPET\nTysdag 6. oktober 2026 kl. 09.00, Kommunehuset\n\n",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [cells[2:5] for cells in vote_cells(_HEAD[language] + body, language)]


LABELLED = [
    (
        "nn",
        "FS 71/26 Tilskot til idrettslaget\n   Samrøystes vedteke: Idrettslaget får 150 000 kr frå\n"
        "   næringsfondet.\n",
    ),
    ("nb", "FS 72/26 Tilskudd til skolekorps\n   Enstemmig vedtatt: Korpset får 40 000 kr fra kulturfondet.\n"),
    ("nn", "FS 73/26 Sal av tomt på Skjold\nSamrøystes godkjend: Tomta vert seld for 600 000 kr.\n"),
    ("nb", "FS 74/26 Ny avtale om renhold\n   Enstemmig godkjent: Avtalen med Renhold AS godkjennes for 2027.\n"),
    ("nn", "FS 75/26 Leigeavtale for legekontor\n   Einstemmig vedteke: Leigeavtalen vert forlengd i fem år.\n"),
]


@pytest.mark.parametrize(("language", "body"), LABELLED)
def test_a_unanimous_outcome_as_a_label_decides_the_case(language, body):
    assert _rows(language, body) == [("adopted", None, 0)]


SCORED = [
    (
        "nn",
        "FS 76/26 Budsjettjustering 3/2026\n   Innstilling: Investeringsbudsjettet vert endra slik tabell 2 viser.\n"
        "   Vedteke 5-2. Ap og SV røysta mot.\n",
        (5, 2),
    ),
    (
        "nb",
        "FS 77/26 Budsjettjustering 3/2026\n   Innstilling: Driftsbudsjettet justeres i tråd med tabell 1.\n"
        "   Vedtatt 5-2.\n",
        (5, 2),
    ),
    ("nb", "FS 78/26 Parkeringsregulativ\n   Vedtatt 4 – 3. H og FrP stemte mot.\n", (4, 3)),
    ("nn", "FS 79/26 Ny brannordning\n   Vedteke 6-1 (Frp).\n", (6, 1)),
    ("nb", "FS 80/26 Skolerute 2027/2028\nVedtatt 7-2\n", (7, 2)),
]


@pytest.mark.parametrize(("language", "body", "counts"), SCORED)
def test_an_outcome_with_a_dashed_score_decides_the_case(language, body, counts):
    assert [(r[0], *r[1:]) for r in _rows(language, body)] == [("adopted", *counts)]


LOOK_ALIKES = [
    ("nb", "FS 81/26 Planstrategi\n   Vedtatt 2026-2027 av kommunestyret i forrige periode, se vedlegg.\n"),
    ("nn", "FS 82/26 Møteplan\n   Vedteke 12-10-2026 i formannskapet, sjå vedlegg.\n"),
    ("nb", "FS 83/26 Budsjett\n   Vedtak:\n"),
]


@pytest.mark.parametrize(("language", "body"), LOOK_ALIKES)
def test_no_score_no_outcome(language, body):
    assert all(r[1] is None for r in _rows(language, body))
