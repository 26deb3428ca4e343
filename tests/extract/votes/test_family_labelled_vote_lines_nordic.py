"""A vote line labelled on its own line ("Votering: Enstemmig vedtatt.", "Røysting: Samrøystes vedteke.",
"Afstemning: Enstemmigt vedtaget.") right under a recommendation ends the recommendation and records the
decision on it: one adopted, unanimous row, whatever the indentation or the spacing after the label. Its subject
is what was recommended, in Danish minutes the item's title (test_family_bare_approvals_name_the_case_da.py)."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = {
    "nb": "Formannskapet\n\nMøtedato: 12.02.2026\n\nPS 13/26 Medlemskap i Sunne kommuner\n\n",
    "nn": "Kommunestyret\n\nMøtedato: 12.02.2026\n\nPS 13/26 Medlemskap i Sunne kommunar\n\n",
    "da": "Økonomiudvalget\n\nMødedato: 12. februar 2026\n\n13. Medlemskap af Sunde Byer\n\n",
}
DA_TITLE = "Medlemskap af Sunde Byer"
CASES = [
    ("nb", "Kommunedirektørens forslag til vedtak:\n   Kommunen søker medlemskap i Sunne kommuner fra 2026.\n"
     "Votering:  Enstemmig vedtatt.\n", "Kommunen søker medlemskap i Sunne kommuner fra 2026."),
    ("nb", "Innstilling:\nKommunen søker medlemskap fra 2026.\nVotering: Enstemmig vedtatt\n",
     "Kommunen søker medlemskap fra 2026."),
    ("nb", "Rådmannens innstilling:\nTilskuddet økes til 200 000 kroner.\nAvstemning: enstemmig godkjent.\n",
     "Tilskuddet økes til 200 000 kroner."),
    ("nb", "Forslag til vedtak:\n\tPlanen vedtas.\nVotering:\tEnstemmig vedtatt.\n", "Planen vedtas."),
    ("nb", "Kommunedirektørens innstilling:\nAvtalen godkjennes.\n  Votering: Enstemmig vedtatt.\n",
     "Avtalen godkjennes."),
    ("nn", "Kommunedirektøren si tilråding:\nKommunen søkjer medlemskap frå 2026.\nRøysting: Samrøystes vedteke.\n",
     "Kommunen søkjer medlemskap frå 2026."),
    ("nn", "Framlegg til vedtak:\n   Planen vert vedteken.\nVotering:  Samrøystes vedteken.\n",
     "Planen vert vedteken."),
    ("nn", "Tilråding:\nTilskotet vert auka.\nAvrøysting: Einstemmig vedteke.\n", "Tilskotet vert auka."),
    ("nn", "Innstilling:\nAvtalen vert godkjend.\nRøysting:\tsamrøystes vedteke\n", "Avtalen vert godkjend."),
    ("nn", "Kommunedirektøren sitt framlegg til vedtak:\nLøyvinga vert gitt.\nRøysting: Samrøystes godkjend.\n",
     "Løyvinga vert gitt."),
    ("da", "Indstilling:\nDirektionen indstiller, at kommunen melder sig ind i Sunde Byer.\n"
     "Afstemning: Enstemmigt vedtaget.\n", DA_TITLE),
    ("da", "Indstilling:\nDirektionen indstiller, at tilskuddet forhøjes.\nAfstemning:  enstemmigt godkendt.\n",
     DA_TITLE),
    ("da", "Indstilling:\nForvaltningen indstiller, at planen vedtages.\nAfstemning:\tEnstemmigt anbefalet.\n",
     DA_TITLE),
    ("da", "Indstilling:\nAdministrationen indstiller, at aftalen godkendes.\n  Afstemning: Enstemmigt godkendt.\n",
     DA_TITLE),
    ("da", "Indstilling:\nDirektøren indstiller, at bevillingen gives.\nAfstemning: Enstemmigt vedtaget\n",
     DA_TITLE),
]


@pytest.mark.parametrize(("language", "body", "subject"), CASES)
def test_a_labelled_unanimous_vote_line_under_a_recommendation_adopts_it(language, body, subject):
    rows = votes(MEETING[language] + body, language)
    assert [(r.subject, r.outcome, r.unanimous, r.votes_against) for r in rows] == [(subject, "adopted", True, 0)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nb", "Innstilling:\nPlanen vedtas.\nVotering: Se behandlingen i kommunestyret.\n"),
        ("nn", "Tilråding:\nPlanen vert vedteken.\nRøysting: Saka vart ikkje røysta over i møtet.\n"),
    ],
)
def test_a_vote_label_without_a_result_records_no_vote(language, body):
    rows = votes(MEETING[language] + body, language)
    assert all(r.unanimous is not True for r in rows)
