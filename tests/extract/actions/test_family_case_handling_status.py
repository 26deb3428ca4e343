"""A case page or protocol whose header block gives the case's handling status ("Arkivsak 25/1187 · Møte:
Kommunestyret" / "Status: Ferdigbehandlet", "Sagsnr. 26/311 · Status: Færdigbehandlet"): the meeting is done
with the case, no plan's action is reported. A follow-up report's item whose work is finished ("Status:
Ferdig") stays an action. Documents written for these tests."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions
from tests.extract.actions.helpers import rows

CASE_PAGES = [
    (
        "nb",
        "Sak 12/26  Ny reguleringsplan for Sentrum\n"
        "Arkivsak 24/881 · Møte: Formannskapet, tirsdag 3. mars 2026\n"
        "Saksbehandler: Plansjefen · Status: Ferdigbehandlet\n"
        "VEDTAK\n"
        "Formannskapet vedtok innstillingen enstemmig.\n",
    ),
    (
        "da",
        "Punkt 7  Lokalplan for Havnefronten\n"
        "Sagsnr. 26/311 · Møde: Byrådet, onsdag 22. april 2026\n"
        "Sagsbehandler: Planchefen · Status: Færdigbehandlet\n"
        "Beslutning\n"
        "Indstillingen blev godkendt med 17 stemmer for og 4 imod.\n",
    ),
    (
        "nn",
        "Sak 33/26  Ny brannstasjon i Øvrebygda\n"
        "Arkivsak 25/402 · Møte: Kommunestyret, torsdag 18. juni 2026\n"
        "Sakshandsamar: Kommunalsjefen · Status: Ferdighandsama\n"
        "VEDTAK\n"
        "Kommunestyret gjorde samrøystes vedtak i samsvar med innstillinga.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASE_PAGES)
def test_a_case_finished_by_the_meeting_is_no_action(language, text):
    doc = document_from_text(text, language=language, municipality="Testkommune", doc_type="case_protocol")
    assert actions.extract(doc) == []


def test_a_follow_up_items_finished_work_stays_an_action():
    text = (
        "Oppfølging av handlingsplanen 2026\n"
        "Tiltak 1: Ny lekeplass på Torget\nStatus: Ferdig\n"
        "Tiltak 2: Benker langs elva\nStatus: Pågår\n"
    )
    assert rows(text, "nb") == [("1", "Ny lekeplass på Torget", "completed"), ("2", "Benker langs elva", "in_progress")]
