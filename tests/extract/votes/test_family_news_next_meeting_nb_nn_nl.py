"""A news page on a council meeting often closes by telling when the next one is ("Neste ordinære møte i
kommunestyret er torsdag 17. september 2026", "Neste møte er ...", "Komande ordinære møte i kommunestyret vert ...",
"De volgende openbare raadsvergadering is op ..."). That day dates no row, with or without a word between the
'next' word and the meeting word and wherever in its sentence run it stands. All pages are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_NEXT = [
    (
        "nb",
        "Nyheter\n\nPublisert 19. juni 2026\n\nKommunestyret behandlet torsdag 18. juni 2026 tolv saker.\n\n"
        "NY BARNEHAGE\nKommunestyret vedtok enstemmig å bygge ny barnehage på Moen. Neste ordinære møte i "
        "kommunestyret er torsdag 17. september 2026.\n",
        "2026-06-18",
    ),
    (
        "nb",
        "Aktuelt\n\nPublisert 12. mars 2026\n\nBystyret hadde møte onsdag 11. mars 2026.\n\nBystyret vedtok med "
        "31 mot 8 stemmer å selge tomta i Sjøgata. Møtene er åpne for publikum. Neste ekstraordinære "
        "bystyremøte holdes tirsdag 24. mars 2026.\n",
        "2026-03-11",
    ),
    (
        "nb",
        "Nyheter\n\nPublisert 6. februar 2026\n\nDette vedtok formannskapet i møtet 5. februar 2026:\n\n"
        "Formannskapet vedtok enstemmig ny gebyrforskrift.\n\nNeste faste møte blir 5. mars 2026.\n",
        "2026-02-05",
    ),
    (
        "nn",
        "Nyhende\n\nPublisert 23. oktober 2026\n\nKommunestyret hadde møte torsdag 22. oktober 2026.\n\n"
        "Kommunestyret vedtok samrøystes ny bustadsosial plan. Komande ordinære møte i kommunestyret vert "
        "torsdag 10. desember 2026.\n",
        "2026-10-22",
    ),
    (
        "nn",
        "Aktuelt\n\nPublisert 29. april 2026\n\nFormannskapet handsama tysdag 28. april 2026 årsmeldinga.\n\n"
        "Formannskapet vedtok med 5 mot 2 røyster å gje tilskot til kulturhuset. Neste ordinære "
        "formannskapsmøte er tysdag 26. mai 2026.\n",
        "2026-04-28",
    ),
    (
        "nl",
        "Nieuws\n\nGepubliceerd op 1 juli 2026\n\nDe gemeenteraad vergaderde dinsdag 30 juni 2026.\n\nDe raad "
        "stemde met algemene stemmen in met de nieuwe woonvisie. De volgende openbare raadsvergadering is op "
        "dinsdag 14 juli 2026.\n",
        "2026-06-30",
    ),
    (
        "nl",
        "Nieuws\n\nGepubliceerd 27 januari 2026\n\nDe gemeenteraad vergaderde maandag 26 januari 2026.\n\n"
        "De raad nam het voorstel over het zwembad aan met 17 stemmen voor en 6 tegen. Volgende reguliere "
        "vergadering is op maandag 23 februari 2026.\n",
        "2026-01-26",
    ),
]


@pytest.mark.parametrize(("lang", "text", "date"), _NEXT)
def test_a_next_meeting_named_at_a_news_page_foot_dates_no_row(lang: str, text: str, date: str) -> None:
    assert {r.meeting_date for r in votes(text, lang)} == {date}


_NOT_NEXT = [
    (
        "nb",
        "Nyheter\n\nPublisert 10. desember 2026\n\nBystyret vedtok neste års budsjett i møtet onsdag 9. desember "
        "2026 med 29 mot 10 stemmer.\n",
        "2026-12-09",
    ),
    (
        "nn",
        "Nyhende\n\nPublisert 11. juni 2026\n\nKommunestyret vedtok samrøystes i møtet 10. juni 2026 at neste "
        "skuleår får ny rutetabell.\n",
        "2026-06-10",
    ),
    (
        "nl",
        "Nieuws\n\nGepubliceerd 10 november 2026\n\nIn de vergadering van 9 november 2026 stelde de raad met "
        "algemene stemmen de begroting voor het volgende jaar vast.\n",
        "2026-11-09",
    ),
]


@pytest.mark.parametrize(("lang", "text", "date"), _NOT_NEXT)
def test_a_next_year_or_term_in_the_decision_still_dates_it_by_its_meeting(lang: str, text: str, date: str) -> None:
    assert {r.meeting_date for r in votes(text, lang)} == {date}
