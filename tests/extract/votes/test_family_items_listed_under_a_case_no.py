"""Numbered papers a case lists right under its header ("PS 45/26 Referatsaker" / "RS 14/26 Protokoll fra
Ungdomsrådet" / "RS 15/26 Brev fra Statsforvalteren").

A referat-, delegated- or orientation-item line (RS, DS, OS) that follows its case's header, or another such
line, directly is one of the papers the case takes note of, not a case of its own: the decision under the
list keeps the case's number. Only under a case whose title names such a list ("Referatsaker", "Delegerte
vedtak", "Meldingssaker"). Look-alikes: an item line under a case that lists nothing ("PS 46/26 Interpellasjon"
with no text, then "RS 7/26 Referatsaker"), and an item line after the case's text.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Kommunestyret\n\nMøtedato: 18.06.2026\n\n"
ABOVE = {
    "nb": "PS 44/26 Salg av tomt\nVedtak: Innstillingen vedtas.\n\n",
    "nn": "PS 44/26 Sal av tomt\nVedtak: Tilrådinga vert vedteken.\n\n",
}


def _rows(language: str, case: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome) for r in votes(HEAD + ABOVE[language] + case, language)]


@pytest.mark.parametrize(
    ("language", "case", "title"),
    [
        (
            "nb",
            "PS 45/26 Referatsaker\nRS 14/26 Protokoll fra Ungdomsrådet\nRS 15/26 Brev fra Statsforvalteren om tilsyn\n"
            "Vedtak: Referatsakene tas til orientering.\n",
            "Referatsaker",
        ),
        (
            "nb",
            "PS 45/26 Delegerte vedtak\nDS 101/26 Skjenkebevilling, Brekstad Bryggeri\n"
            "DS 102/26 Byggesak gnr. 4 bnr. 12\n"
            "Vedtak: Delegerte vedtak tas til orientering.\n",
            "Delegerte vedtak",
        ),
        (
            "nb",
            "FS 45/26 Orienteringssaker\nOS 3/26 Sykefravær 1. kvartal\nVedtak: Orienteringene tas til orientering.\n",
            "Orienteringssaker",
        ),
        (
            "nn",
            "PS 45/26 Referatsaker\nRS 14/26 Protokoll frå ungdomsrådet\nRS 15/26 Brev frå Statsforvaltaren\n"
            "Vedtak: Kommunestyret tek referatsakene til vitande.\n",
            "Referatsaker",
        ),
        (
            "nn",
            "PS 45/26 Meldingssaker\nRS-sak 14/26 Melding frå Fylkeskommunen\n"
            "Vedtak: Meldingane vert tekne til vitande.\n",
            "Meldingssaker",
        ),
    ],
)
def test_items_listed_under_the_header_belong_to_the_case(language, case, title):
    rows = _rows(language, case)
    assert [(number, outcome) for number, _, outcome in rows] == [("44/26", "adopted"), ("45/26", "noted")]
    assert title.split()[0].lower()[:7] in rows[-1][1].lower()  # the case's own title or its noting sentence


@pytest.mark.parametrize(
    "case",
    [
        # the item opens its own case below the text of the case above
        "PS 45/26 Interpellasjon om ferjene\nOrdføreren svarte.\n\nRS 7/26 Referatsaker\n"
        "Vedtak: Referatsakene tas til orientering.\n",
        # under a case with no text that lists nothing: a case of its own
        "PS 45/26 Interpellasjon om ferjene\nRS 7/26 Referatsaker\nVedtak: Referatsakene tas til orientering.\n",
        # an item after the listing case's text
        "PS 45/26 Referatsaker\nIngen merknader.\nRS 7/26 Melding om tilsyn\nVedtak: Meldinga tas til orientering.\n",
    ],
)
def test_an_item_not_right_under_a_case_header_opens_its_own_case(case):
    assert _rows("nb", case)[-1][0] == "7/26"
