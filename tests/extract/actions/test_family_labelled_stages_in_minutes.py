"""Family: a case in meeting minutes reports on the stages or parts of a project as plain lines under an
intro ("Forvaltningen orienterer om de tre etaper:" / "Etape 1, Sydstranden: Diget er færdigt."), each
a short label, a colon and a status sentence. Every line is an action, although "Etape 2" looks like a
case reference, and the numbered agenda items after the case are a list of their own that does not
outvote the stages. Look-alikes: the minutes' own agenda lines stay cases. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

AGENDA_AFTER = (
    "Beslutning: Orienteringen blev taget til efterretning.\n\n"
    "8. Eventuelt\n9. Lukket punkt\n10. Underskrifter\n"
)

STAGES = [
    (
        "da",
        "Referat\nØkonomiudvalget\nMødedato: 9. marts 2026\n\n7. Status på byfornyelsen\nSagsnr. 25/01234\n"
        "Forvaltningen orienterer om de tre etaper:\n"
        "Etape 1, Havnen: Kajen er færdig og blev indviet i maj.\n"
        "Etape 2, Torvet: Anlægsarbejdet er i gang.\n"
        "Etape 3, Stationen: Projekteringen er endnu ikke påbegyndt.\n" + AGENDA_AFTER,
        [(None, "Etape 1, Havnen", "completed"), (None, "Etape 2, Torvet", "in_progress"),
         (None, "Etape 3, Stationen", "not_started")],
    ),
    (
        "nb",
        "Møteprotokoll\nFormannskapet\nMøtedato: 12.03.2026\n\n7. Status for skolebyggingen\n"
        "Kommunedirektøren orienterer om fasene:\n"
        "Fase 1, Nordbyen skole: Skolen ble tatt i bruk i august.\n"
        "Fase 2, Sørbyen skole: Byggearbeidene pågår.\n"
        "Vedtak: Saken tas til orientering.\n\n8. Eventuelt\n9. Referatsaker\n10. Godkjenning av protokoll\n",
        [(None, "Fase 1, Nordbyen skole", "completed"), (None, "Fase 2, Sørbyen skole", "in_progress")],
    ),
    (
        "nl",
        "Besluitenlijst\nCommissie Ruimte\nDatum: 9 maart 2026\n\n7. Stand van zaken herinrichting centrum\n"
        "Het college informeert over de drie deelgebieden:\n"
        "Deelgebied 1, Markt: De werkzaamheden zijn afgerond.\n"
        "Deelgebied 2, Kerkplein: De uitvoering is gestart in januari.\n"
        "Deelgebied 3, Haven: Dit deel is stilgelegd.\n"
        "Besluit: De commissie neemt kennis van de stand van zaken.\n\n8. Rondvraag\n9. Sluiting\n10. Actielijst\n",
        [(None, "Deelgebied 1, Markt", "completed"), (None, "Deelgebied 2, Kerkplein", "in_progress"),
         (None, "Deelgebied 3, Haven", "paused")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), STAGES)
def test_labelled_stage_lines_under_an_intro_are_actions(language, text, expected):
    assert rows(text, language) == expected


def test_agenda_lines_alone_are_no_actions():
    text = ("Referat\nØkonomiudvalget\nMødedato: 9. marts 2026\n\n"
            "Punkt 4: Sagen blev udsat.\nPunkt 5: Godkendt.\nPunkt 6: Taget til efterretning.\n")
    assert rows(text, "da") == []
