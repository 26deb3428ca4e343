"""Family: a numbered item under a status heading whose title is followed by a dash and a report sentence
with a clause of its own, the status cue only at its end ("2.4  Felles koordinator med Nabobyen –
Nabobyen har trukket seg, og tiltaket er avlyst."): the title ends at the dash. Look-alikes: a dash inside
the title ("Cykelsti Slagelse – Sorø") and a dash followed by a short status ("– utsatt til 2027").
Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CASES = [
    ("nb", "TILTAK SOM ER AVSLUTTET\n  2.4  Felles kulturskole med Åseral – Åseral har trukket seg, og "
           "tiltaket er avlyst.\n",
     [("2.4", "Felles kulturskole med Åseral", "cancelled")]),
    ("nb", "TILTAK SOM PÅGÅR\n  1.1  Ny turvei langs fjorden – Grunneierne har sagt ja, og arbeidet er i gang.\n",
     [("1.1", "Ny turvei langs fjorden", "in_progress")]),
    ("nn", "TILTAK SOM ER FULLFØRTE\n  3.2  Ny gapahuk ved vatnet – Frivillige bygde han i mai, og han "
           "er ferdigstilt.\n",
     [("3.2", "Ny gapahuk ved vatnet", "completed")]),
    ("da", "AFSLUTTEDE INDSATSER\n  4.1  Fælles naturvejleder med Nabokommunen – Nabokommunen har trukket sig, og "
           "indsatsen er opgivet.\n",
     [("4.1", "Fælles naturvejleder med Nabokommunen", "cancelled")]),
    ("nl", "LOPENDE ACTIES\n  5.3  Deelfietsen in de kernen – De aanbesteding is gegund, en de uitrol is gestart.\n",
     [("5.3", "Deelfietsen in de kernen", "in_progress")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_the_title_ends_at_a_dash_before_a_report_clause(language, text, expected):
    assert rows(text, language) == expected


def test_a_dash_inside_the_title_stays():
    text = "TILTAK SOM PÅGÅR\n  2.1  Sykkelvei Lyngdal – Kvås er under bygging.\n"
    assert rows(text, "nb") == [("2.1", "Sykkelvei Lyngdal – Kvås", "in_progress")]


def test_a_short_status_after_the_dash_is_cut_as_before():
    text = "UTSATTE TILTAK\n  1.3  Sommerjobb for ungdom – utsatt til 2027 på grunn av budsjettet\n"
    assert rows(text, "nb") == [("1.3", "Sommerjobb for ungdom", "paused")]
