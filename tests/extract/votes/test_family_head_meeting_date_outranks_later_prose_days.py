"""A page whose head dates the body's meeting ("Kommunestyret, torsdag 18. juni 2026" under a stamp "Oppdatert
19.06.2026") dates its rows by that head, also when the prose further down names another meeting day: an earlier
meeting it recalls ("Ved møtet 21. mai 2026 ble ...") or the next one ("Neste ordinære møte er torsdag 24.
september 2026."). Look-alike: a page whose head names no meeting day (only its stamp) still takes the one meeting
its prose names. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes


def _dates(language: str, text: str) -> set[str | None]:
    rows = votes(text, language)
    assert rows
    return {r.meeting_date for r in rows}


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        (
            "nb",
            "Voteringsresultater\nKommunestyret, torsdag 18. juni 2026\nOppdatert 19.06.2026\n\n"
            "Kommunestyret vedtok enstemmig årsregnskapet for 2025.\n\n"
            "Tidligere voteringer\nVed møtet 21. mai 2026 ble planstrategien vedtatt med 15 mot 4 stemmer.\n",
            "2026-06-18",
        ),
        (
            "nb",
            "Nytt fra bystyret\nPublisert 12.03.2026\n\nBystyret holdt onsdag 11. mars 2026 sitt første møte i "
            "år. Her er de viktigste vedtakene.\n\nBystyret vedtok med 30 mot 9 stemmer å bygge ny svømmehall.\n\n"
            "Neste ordinære møte er onsdag 22. april 2026.\n",
            "2026-03-11",
        ),
        (
            "nb",
            "Formannskapet, tirsdag 3. februar 2026\nSist endret 04.02.2026\n\n"
            "Formannskapet vedtok enstemmig å selge tomten i Industriveien.\n\n"
            "I møtet 13. januar 2026 ble saken om tomten utsatt.\n",
            "2026-02-03",
        ),
        (
            "nn",
            "Røystingsresultat\nKommunestyret, torsdag 18. juni 2026\nOppdatert 19.06.2026\n\n"
            "Kommunestyret vedtok samrøystes årsrekneskapen for 2025.\n\n"
            "Tidlegare røystingar\nI møtet 21. mai 2026 vart planstrategien vedteken med 15 mot 4 røyster.\n",
            "2026-06-18",
        ),
        (
            "nn",
            "Nytt frå heradsstyret\nPublisert 12.03.2026\n\nHeradsstyret heldt onsdag 11. mars 2026 sitt første møte i "
            "år. Her er dei viktigaste vedtaka.\n\nHeradsstyret vedtok med 13 mot 4 røyster å byggje ny symjehall.\n\n"
            "Neste ordinære møte er onsdag 22. april 2026.\n",
            "2026-03-11",
        ),
        (
            "nn",
            "Formannskapet, tysdag 3. februar 2026\nSist endra 04.02.2026\n\n"
            "Formannskapet vedtok samrøystes å selje tomta i Industrivegen.\n\n"
            "I møtet 13. januar 2026 vart saka om tomta utsett.\n",
            "2026-02-03",
        ),
        (
            "da",
            "Afstemningsresultater\nKommunalbestyrelsen, onsdag den 27. maj 2026\nOpdateret 28.05.2026\n\n"
            "Kommunalbestyrelsen godkendte enstemmigt regnskabet for 2025.\n\n"
            "Tidligere afstemninger\nVed mødet den 27. april 2026 blev planstrategien godkendt med 16 stemmer mod 3.\n",
            "2026-05-27",
        ),
        (
            "da",
            "Nyt fra byrådet\nPubliceret 24. juni 2026\n\nByrådet holdt tirsdag den 23. juni 2026 sit sidste møde før "
            "sommerferien.\n\nByrådet godkendte enstemmigt tidsplanen for budget 2027.\n\n"
            "Næste ordinære møde er tirsdag den 25. august 2026.\n",
            "2026-06-23",
        ),
    ],
)
def test_the_heads_meeting_day_dates_the_rows_above_another_named_day(language, text, date):
    assert _dates(language, text) == {date}


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        (
            "nb",
            "Nyheter\n\nPublisert 27.11.2026\n\nBystyret behandlet torsdag 26. november budsjettet for 2027. "
            "Bystyret vedtok budsjettet.\n",
            "2026-11-26",
        ),
        (
            "nn",
            "Nyheiter\n\nPublisert 14.06.2026\n\nHeradsstyret vedtok i møtet 12. juni å byggje ny barnehage.\n",
            "2026-06-12",
        ),
    ],
)
def test_a_head_with_only_a_stamp_leaves_the_day_to_the_prose(language, text, date):
    assert _dates(language, text) == {date}
