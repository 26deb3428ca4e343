"""Family (precision): a page about what a meeting decided ("Dette vedtok kommunestyret 27. oktober",
"Nyt fra byrådet", "Raad kiest voor nieuw zwembad") is no tracker: a case it says was put off, withdrawn or
appointed is the meeting's decision, recorded as a vote, not an action's status. A follow-up report on
decisions ("Oppfølging av politiske vedtak") stays a tracker. Pages written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

PAGES = [
    (
        "nb",
        "Nordby kommune › Aktuelt › Politikk\n\nDette vedtok kommunestyret 14. mai\nPublisert 15.05.2026\n\n"
        "NY BARNEHAGE\nKommunestyret vedtok å bygge ny barnehage på Haugen.\n\nSKOLESTRUKTUR UTSATT\n"
        "Saken om skolestruktur ble utsatt til juni.\n\nGATELYS\nForslaget ble trukket før voteringen.\n",
    ),
    (
        "nn",
        "Vestdal kommune > Nyheiter\n\nNytt frå kommunestyret 3. juni\n\nNY KAI I SJØVIKA\nKommunestyret "
        "vedtok å byggje ny kai.\n\nBUSTADPLAN\nSaka vart utsett til hausten.\n\nKYRKJEBAKKEN\nFramlegget vart "
        "trekt.\n",
    ),
    (
        "da",
        "Nyt fra byrådet 27. maj\n\nByrådet holdt møde tirsdag. Her er de vigtigste beslutninger.\n\n"
        "Ny hal i Vestby\nByrådet besluttede at bygge en ny hal.\n\nSkolestruktur\nSagen blev udsat til "
        "august.\n\nParkering i midtbyen\nForslaget blev trukket tilbage.\n",
    ),
    (
        "nl",
        "Gemeente Westerdam › Nieuws\n\nRaad kiest voor nieuw zwembad\nGepubliceerd: 12 juni 2026\n\n"
        "Nieuw zwembad\nDe raad stemde in met de bouw van een nieuw zwembad.\n\nNieuwe griffier benoemd\n"
        "De raad benoemde een nieuwe griffier. Zij begint op 1 september.\n\nParkeerbeleid\nHet voorstel is "
        "aangehouden.\n",
    ),
    (
        "nl",
        "Dit besloot de gemeenteraad op 4 juli\n\nWoningbouw Zuid\nDe raad stelde het bestemmingsplan vast.\n\n"
        "Sporthal\nHet besluit is uitgesteld tot september.\n\nMotie over bomen\nDe motie is ingetrokken.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), PAGES)
def test_a_page_about_a_meetings_decisions_names_no_action(language, text):
    assert rows(text, language) == []


def test_a_follow_up_report_on_decisions_stays_a_tracker():
    text = (
        "Oppfølging av politiske vedtak – 2. tertial 2026\n\nSak 12/26 Ny barnehage på Haugen\nStatus: Pågår\n\n"
        "Sak 31/26 Gatelys i sentrum\nStatus: Fullført\n"
    )
    assert [(status) for _, _, status in rows(text, "nb")] == ["in_progress", "completed"]
