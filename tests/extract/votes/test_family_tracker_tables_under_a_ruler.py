"""A follow-up table whose header names tracker fields ("Handling | Status | Bemærkning") quotes earlier decisions
in every row, also when a ruler ("-----+-----", "|---|---|") is drawn under the header: the ruler is the table's
drawing, not its end, so a remark cell saying something was adopted ("... er vedtaget") gives no row. Look-alike:
a case's own decision below such a table is still a row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

RULERS = [
    "-----+------------------------+--------+------------------------",
    "|---|---|---|---|",
    "---- ---- ---- ----",
]

TABLES = {
    "da": (
        "Statusnotat for handleplanen\nUdarbejdet til Udvalget for Landdistrikter, maj 2026\n\n"
        "Nr.  | Handling               | Status | Bemærkning\n{ruler}\n"
        "A.1  | Landsbypulje           | G      | Puljen er fuldt udmøntet.\n"
        "A.3  | Grønne områder         | P      | Sat i bero til budget 2027 er vedtaget.\n"
        "A.4  | Landsbyråd             | I      | Vedtægten blev godkendt i marts.\n"
    ),
    "nb": (
        "Statusrapport for handlingsplanen\n\n"
        "Nr.  | Tiltak                 | Status | Kommentar\n{ruler}\n"
        "1    | Ny gang- og sykkelvei  | Pågår  | Reguleringsplanen er vedtatt.\n"
        "2    | Ladepunkter            | Utsatt | Saken ble godkjent i formannskapet.\n"
    ),
    "nn": (
        "Statusrapport for handlingsplanen\n\n"
        "Nr.  | Tiltak                 | Status | Kommentar\n{ruler}\n"
        "1    | Ny gangbru             | Pågår  | Reguleringsplanen er vedteken.\n"
        "2    | Ladepunkt              | Utsett | Saka vart godkjend i formannskapet.\n"
    ),
    "nl": (
        "Voortgangsrapportage uitvoeringsagenda\n\n"
        "Nr.  | Actie                  | Voortgang | Toelichting\n{ruler}\n"
        "1    | Nieuwe fietsbrug       | Loopt     | Het krediet is door de raad vastgesteld.\n"
        "2    | Laadpalen              | Gereed    | Het voorstel is aangenomen.\n"
    ),
}


@pytest.mark.parametrize("language", sorted(TABLES))
@pytest.mark.parametrize("ruler", RULERS)
def test_a_tracker_table_under_a_ruler_gives_no_row(language, ruler):
    assert votes(TABLES[language].format(ruler=ruler), language) == []


def test_a_decision_after_the_table_is_a_row():
    text = (
        "Teknik- og Miljøudvalget\nMødedato: 5. maj 2026\n\nPunkt 45  Status på handleplanen\n"
        + TABLES["da"].split("\n", 2)[2].format(ruler=RULERS[0])
        + "\nBeslutning:\nGodkendt.\n"
    )
    assert [(r.case_number, r.outcome) for r in votes(text, "da")] == [("45", "adopted")]
