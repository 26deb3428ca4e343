"""Family: a plain-text tracker whose items carry a status box before their title ("1.1 [V] Title", "[>] Title"),
explained by the document's legend ("Legenda:  [V] afgerond   [>] loopt   [ ] nog niet gestart", over one or two
lines): each box reads as its legend says. The precision side: boxes no legend explains state no status, and a
footnote number in brackets is no box. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

TRACKERS = [
    (
        "nl",
        "Legenda:  [V] afgerond   [>] loopt   [!] vertraagd\n          [ ] nog niet gestart   [X] geschrapt\n\n"
        "Lijn 1  Bedrijventerreinen\n  1.1 [V] Revitalisering bedrijventerrein Oost\n"
        "          Toelichting: Opgeleverd.\n"
        "  1.2 [>] Parkmanagement Zuid\n  1.3 [X] Evenementenfonds\n  1.4 [ ] Jachthavenonderzoek\n",
        [("1.1", "Revitalisering bedrijventerrein Oost", "completed"), ("1.2", "Parkmanagement Zuid", "in_progress"),
         ("1.3", "Evenementenfonds", "cancelled"), ("1.4", "Jachthavenonderzoek", "not_started")],
    ),
    (
        "da",
        "Tegnforklaring: [x] gennemført  [-] i gang  [ ] ikke påbegyndt\n\n"
        "1.1 [x] Solceller på rådhuset\n1.2 [-] Varmepumper i hallerne\n1.3 [ ] Delebiler i landsbyerne\n",
        [("1.1", "Solceller på rådhuset", "completed"), ("1.2", "Varmepumper i hallerne", "in_progress"),
         ("1.3", "Delebiler i landsbyerne", "not_started")],
    ),
    (
        "nb",
        "Forklaring: [F] fullført   [P] pågår   [U] utsatt\n\n2.1 [F] Ny gangbru\n2.2 [P] Ladepunkter ved rådhuset\n"
        "2.3 [U] Sykkelhotell\n",
        [("2.1", "Ny gangbru", "completed"), ("2.2", "Ladepunkter ved rådhuset", "in_progress"),
         ("2.3", "Sykkelhotell", "paused")],
    ),
    (
        "nn",
        "Teiknforklaring: [+] fullført   [~] pågår\n                 [ ] ikkje starta\n\n3.1 [+] Ny lysløype\n"
        "3.2 [~] Nytt tak på skulen\n3.3 [ ] Ny kai\n",
        [("3.1", "Ny lysløype", "completed"), ("3.2", "Nytt tak på skulen", "in_progress"),
         ("3.3", "Ny kai", "not_started")],
    ),
    (
        "nl",
        "Legenda: [A] afgerond   [L] loopt   [G] gestopt\n\n4.1 [A] Laadpalen\n4.2 [L] Groene daken\n"
        "4.3 [G] Warmtenet\n",
        [("4.1", "Laadpalen", "completed"), ("4.2", "Groene daken", "in_progress"), ("4.3", "Warmtenet", "cancelled")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TRACKERS)
def test_a_status_box_before_the_title_reads_as_the_legend_says(language, text, expected):
    assert rows(text, language) == expected


def test_boxes_no_legend_explains_state_no_status():
    text = "Voortgang 2026\n\n1.1 [V] Laadpalen\n1.2 [>] Groene daken\n"
    assert {status for _, _, status in rows(text, "nl")} <= {"unknown"}


def test_a_footnote_number_in_brackets_is_no_legend_box():
    text = "Legenda: [1] zie bijlage   [2] zie de begroting\n\n1.1 Laadpalen – afgerond\n1.2 Groene daken – loopt\n"
    assert rows(text, "nl") == [("1.1", "Laadpalen", "completed"), ("1.2", "Groene daken", "in_progress")]
