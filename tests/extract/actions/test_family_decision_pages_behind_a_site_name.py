"""Family (precision): a page about what a meeting decided whose title opens with the site's or section's
name ("Nieuws | Gemeente Westerdam – Dit besloot de raad op 9 juni", "Aktuelt - Dette vedtok
kommunestyret") is still a decision page: what it says is being built or put off is the meeting's
decision, not an action's status. A follow-up report behind a site name stays a tracker. Pages written
for these tests."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions

PAGES = [
    (
        "nl",
        "Nieuws | Gemeente Westerdam – Dit besloot de raad op 9 juni",
        "Nieuws | Gemeente Westerdam – Dit besloot de raad op 9 juni\n\nSporthal De Brink wordt verbouwd\nDe raad "
        "stemde in met het krediet. De verbouwing start in oktober.\n\nParkeerbeleid later\nHet voorstel is "
        "aangehouden.\n",
    ),
    (
        "nl",
        "Actueel - De raad kiest voor een nieuw zwembad",
        "Actueel - De raad kiest voor een nieuw zwembad\n\nNieuw zwembad\nDe bouw begint in 2027.\n\n"
        "Eerder dit jaar\nDe raad stelde de kaders vast. Die uitwerking is nog niet gestart.\n",
    ),
    (
        "nb",
        "Aktuelt | Nordby kommune – Dette vedtok kommunestyret 14. mai",
        "Aktuelt | Nordby kommune – Dette vedtok kommunestyret 14. mai\n\nNY BARNEHAGE\nByggingen starter i "
        "august.\n\nSKOLESTRUKTUR UTSATT\nSaken ble utsatt til juni.\n",
    ),
    (
        "nn",
        "Nyheiter: Nytt frå kommunestyret 3. juni",
        "Nyheiter: Nytt frå kommunestyret 3. juni\n\nNY KAI\nArbeidet startar i haust.\n\nBUSTADPLAN\nSaka vart "
        "utsett til hausten.\n",
    ),
    (
        "da",
        "Nyheder - Nyt fra byrådet 27. maj",
        "Nyheder - Nyt fra byrådet 27. maj\n\nNy hal i Vestby\nByggeriet går i gang til efteråret.\n\n"
        "Skolestruktur\nSagen blev udsat til august.\n",
    ),
]


@pytest.mark.parametrize(("language", "title", "text"), PAGES)
def test_a_decision_page_behind_a_site_name_names_no_action(language, title, text):
    doc = document_from_text(text, language=language, municipality="Testkommune", title=title)
    assert actions.extract(doc) == []


def test_a_follow_up_report_behind_a_site_name_stays_a_tracker():
    text = (
        "Politikk | Nordby kommune – Oppfølging av politiske vedtak 2026\n\nSak 12/26 Ny barnehage\nStatus: "
        "Pågår\n\nSak 31/26 Gatelys i sentrum\nStatus: Fullført\n"
    )
    doc = document_from_text(text, language="nb", municipality="Testkommune", title=text.splitlines()[0])
    assert [row.status for row in actions.extract(doc)] == ["in_progress", "completed"]


def test_a_site_named_tracker_of_plan_items_stays_a_tracker():
    text = (
        "Nieuws | Gemeente Westerdam – Voortgang uitvoeringsagenda\n\nActie\tStatus\nGroene daken\tAfgerond\n"
        "Laadpalen\tLoopt\nDeelauto's\tNog niet gestart\n"
    )
    doc = document_from_text(text, language="nl", municipality="Testkommune", title=text.splitlines()[0])
    assert [row.status for row in actions.extract(doc)] == ["completed", "in_progress", "not_started"]
