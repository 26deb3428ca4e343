"""Two things that are not this meeting's: a decision recalled by its earlier case number written with a body
code ("Bakgrunn: Kommunestyret vedtok i KS-sak 18/24 å greie ut ...") gives no row and takes none of the counts
of the vote below it; a footer that names the meeting date and then the print date ("Møtebok kommunestyret
29.10.2026 | Utskrift 30.10.2026") leaves the meeting dated by its head, the print date is the page's.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Møtebok\nKommunestyret\nDato: torsdag 29.10.2026\n\n",
    "nn": "Møtebok\nKommunestyret\nDato: torsdag 29.10.2026\n\n",
}


def _rows(body: str, language: str) -> list[tuple]:
    rows = votes(HEAD[language] + "KS-sak 54/26   Ny parkeringsordning\n" + body + "\n", language)
    return [(r.meeting_date, r.outcome, r.votes_for, r.votes_against, r.casting_vote) for r in rows]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        (
            "Bakgrunn: Kommunestyret vedtok i KS-sak 18/24 å greie ut parkering.\n"
            "Forslag til vedtak: Ordningen innføres.\n"
            "Votering: Stemmene falt 8 mot 8. Forslaget til vedtak ble vedtatt ved ordførerens dobbeltstemme.",
            "nb",
        ),
        (
            "Bakgrunn: Formannskapet vedtok i FS-sak 12/25 å starte arbeidet.\nInnstilling: Planen vedtas.\n"
            "Votering: Det ble 5 mot 5 stemmer. Innstillingen ble vedtatt ved ordførerens dobbeltstemme.",
            "nb",
        ),
        (
            "Saka vart vedteken i PS-sak 40/23.\nInnstilling: Planen vedtas.\n"
            "Votering: Det ble 4 mot 4. Innstillingen ble vedtatt med leders dobbeltstemme.",
            "nb",
        ),
        (
            "Bakgrunn: Kommunestyret vedtok i KS-sak 18/24 å greie ut betalingsparkering.\n"
            "Framlegg til vedtak: Ordninga vert innført.\n"
            "Røysting: Røystinga enda 8 mot 8. Framlegget til vedtak vart vedteke med ordføraren si dobbeltrøyst.",
            "nn",
        ),
        (
            "Bakgrunn: Heradsstyret vedtok i HS-sak 9/25 å kjøpe tomta.\nInnstilling:\nPlanen vert vedteken.\n"
            "Røysting: Det vart 6 mot 6 røyster. Innstillinga vart vedteken med ordføraren si dobbeltrøyst.",
            "nn",
        ),
    ],
)
def test_a_decision_recalled_by_its_earlier_case_takes_no_counts(body, language):
    (row,) = _rows(body, language)
    assert row[1:] == ("adopted", row[2], row[2], True) and row[2] is not None


@pytest.mark.parametrize(
    ("footer", "language"),
    [
        ("Aurland kommune | Møtebok kommunestyret 29.10.2026 | Utskrift 30.10.2026", "nn"),
        ("Møtebok kommunestyret 29.10.2026 | Utskrift 02.11.2026", "nn"),
        ("Protokoll kommunestyret 29.10.2026 – utskrift 30.10.2026", "nb"),
        ("Kommunestyret 29.10.2026 | Utskrift: 31.10.2026 | side 2 av 2", "nb"),
        ("Møteprotokoll 29.10.2026    Utskriftsdato 30.10.2026", "nb"),
    ],
)
def test_a_footer_naming_the_meeting_and_its_print_date_keeps_the_meeting_date(footer, language):
    body = "Vedtak: Ordningen vart samrøystes godkjent.\n\n" + footer
    assert [row[0] for row in _rows(body, language)] == ["2026-10-29"]
