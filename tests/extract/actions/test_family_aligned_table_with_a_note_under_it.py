"""A tracker laid out in spaces (no ruler) whose header names the columns, a comment wrapping onto an indented line,
and a note opening with a label right under the last row, no blank line between ("Merknad til tema 2: ...",
"Opmerking: ..."): the note ends the table, so the header's columns still cut every row (its code, title, status
mark and comment). A table without such a note reads the same. Documents written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

LEGEND = {
    "nb": "Tegnforklaring: [F] fullført  [P] pågår  [S] stilt i bero  [A] avsluttet uten gjennomføring",
    "nn": "Teiknforklaring: [F] fullført  [P] pågår  [S] stilt i bero  [A] avslutta utan gjennomføring",
    "da": "Tegnforklaring: [F] afsluttet  [P] i gang  [S] sat i bero  [A] opgivet",
    "nl": "Legenda: [F] afgerond  [P] loopt  [S] on hold  [A] geschrapt",
}
HEADER = {
    "nb": "Nr   Tiltak                                Status  Kommentar",
    "nn": "Nr   Tiltak                                Status  Kommentar",
    "da": "Nr   Indsats                               Status  Bemærkning",
    "nl": "Nr   Actie                                 Status  Toelichting",
}
ROWS = {
    "nb": [
        ("4.1", "Nye sykkelstativer ved stasjonen", "[P]", "Første del er montert, resten kommer", "til våren."),
        ("4.2", "Turvei langs Storelva", "[S]", "Stilt i bero til grunneieravtalen er klar.", None),
        ("4.3", "Ladepunkter for kommunens biler", "[F]", "Tatt i bruk i mars.", None),
    ],
    "nn": [
        ("4.1", "Nye sykkelstativ ved stasjonen", "[P]", "Første del er montert, resten kjem", "til våren."),
        ("4.2", "Turveg langs Storelva", "[S]", "Stilt i bero til grunneigaravtalen er klar.", None),
        ("4.3", "Ladepunkt for kommunen sine bilar", "[F]", "Teke i bruk i mars.", None),
    ],
    "da": [
        ("4.1", "Nye cykelstativer ved stationen", "[P]", "Første del er opsat, resten kommer", "til foråret."),
        ("4.2", "Sti langs åen", "[S]", "Sat i bero til lodsejeraftalen er på plads.", None),
        ("4.3", "Ladestandere til kommunens biler", "[F]", "Taget i brug i marts.", None),
    ],
    "nl": [
        (
            "4.1",
            "Nieuwe fietsenstallingen bij station",
            "[P]",
            "Eerste deel staat er, de rest volgt",
            "in het voorjaar.",
        ),
        ("4.2", "Wandelpad langs de beek", "[S]", "Gepauzeerd tot de grondeigenaar tekent.", None),
        ("4.3", "Laadpalen voor gemeentelijke auto's", "[F]", "In gebruik sinds maart.", None),
    ],
}
NOTE = {
    "nb": "Merknad til tema 4: Budsjettet for 2027 er ikke vedtatt.",
    "nn": "Merknad til tema 4: Budsjettet for 2027 er ikkje vedteke.",
    "da": "Bemærkning til tema 4: Budgettet for 2027 er ikke vedtaget.",
    "nl": "Opmerking bij thema 4: de begroting 2027 is nog niet vastgesteld.",
}
EXPECTED = [("4.1", "in_progress"), ("4.2", "paused"), ("4.3", "completed")]


def _report(language: str, note: str | None) -> str:
    lines = ["Statusrapport 2026", "", LEGEND[language], "", "TEMA 4  KLIMA", HEADER[language]]
    for code, title, mark, comment, wrapped in ROWS[language]:
        lines.append(f"{code:<5}{title:<38}{mark:<8}{comment}")
        if wrapped:
            lines.append(" " * 51 + wrapped)
    if note:
        lines.append(note)
    return text_of(*lines, "", "Rapporten tas til orientering.")


@pytest.mark.parametrize("language", list(NOTE))
def test_a_note_under_the_table_leaves_the_columns_cut(language):
    found = rows(_report(language, NOTE[language]), language)
    assert [(r[0], r[2]) for r in found] == EXPECTED
    assert [r[1] for r in found] == [row[1] for row in ROWS[language]]


def test_a_plain_note_label_reads_the_same():
    found = rows(_report("nb", "Note: Tallene er foreløpige."), "nb")
    assert [(r[0], r[2]) for r in found] == EXPECTED


@pytest.mark.parametrize("language", list(NOTE))
def test_the_same_table_without_a_note(language):
    assert [(r[0], r[2]) for r in rows(_report(language, None), language)] == EXPECTED
