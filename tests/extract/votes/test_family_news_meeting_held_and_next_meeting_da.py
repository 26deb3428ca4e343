"""A Danish news page on a council meeting tells the day the meeting was held ("Byrådet holdt tirsdag den 23. juni
2026 sit sidste møde før sommerferien", "Kommunalbestyrelsen afholdt ... møde") and, at its foot, when the next
one is ("Næste ordinære møde er tirsdag den 25. august 2026", "Næste ekstraordinære byrådsmøde holdes ...").
The rows are dated by the meeting held; the next meeting, with or without a word between 'næste' and 'møde',
dates nothing. All pages are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes


def _dates(text: str) -> set[str | None]:
    return {r.meeting_date for r in votes(text, "da")}


_HELD = [
    (
        "Nyheder\n\nNyt fra byrådet\nPubliceret 24. juni 2026\n\nByrådet holdt tirsdag den 23. juni 2026 sit sidste "
        "møde før sommerferien.\n\nNY CYKELSTI\nByrådet godkendte enstemmigt en ny cykelsti langs Ringvejen.\n",
        "2026-06-23",
    ),
    (
        "Nyheder\n\nPubliceret 3. marts 2026\n\nKommunalbestyrelsen afholdt mandag den 2. marts 2026 et ekstra "
        "møde om skolerne.\n\nKommunalbestyrelsen vedtog med 15 stemmer mod 4 at lukke Vestskolen.\n",
        "2026-03-02",
    ),
    (
        "Politik\n\nOpdateret 12. november 2025\n\nByrådet holdt den 11. november 2025 møde på rådhuset.\n\n"
        "Byrådet godkendte budgettet for 2026 med 20 stemmer mod 5.\n",
        "2025-11-11",
    ),
    (
        "Nyt fra kommunalbestyrelsen\nPubliceret 30. januar 2026\n\nKommunalbestyrelsen holdt onsdag den "
        "28. januar 2026 årets første møde.\n\nNYT PLEJECENTER\nKommunalbestyrelsen vedtog enstemmigt at "
        "bygge et nyt plejecenter i Nørreby.\n",
        "2026-01-28",
    ),
    (
        "Nyheder\n\nPubliceret 9. oktober 2026\n\nByrådet holdt torsdag den 8. oktober 2026 møde, og her er "
        "beslutningerne.\n\nHAVNEN\nForslaget om at sælge pakhuset blev vedtaget med 17 stemmer mod 8.\n",
        "2026-10-08",
    ),
]


_HELD_BELOW_A_TOLD_DAY = [
    (
        "Nyheder › Politik\n\nDet besluttede byrådet mandag\nPubliceret 23. juni 2026\n\nByrådet holdt mandag den "
        "22. juni 2026 sit sidste møde før sommerferien.\n\nNYT SVØMMELAND\nEt enigt byråd godkendte "
        "anlægsbevillingen til et nyt svømmeland.\n",
        "2026-06-22",
    ),
    (
        "Nyheder\n\nSådan stemte kommunalbestyrelsen torsdag\nPubliceret 13. marts 2026\n\nKommunalbestyrelsen "
        "afholdt torsdag den 12. marts 2026 et langt møde.\n\nKommunalbestyrelsen vedtog med 14 stemmer mod 5 "
        "at sælge den gamle skole.\n",
        "2026-03-12",
    ),
]


@pytest.mark.parametrize(("text", "date"), _HELD_BELOW_A_TOLD_DAY)
def test_the_day_a_meeting_was_held_wins_over_a_headline_telling_a_weekday(text: str, date: str) -> None:
    assert _dates(text) == {date}


@pytest.mark.parametrize(("text", "date"), _HELD)
def test_a_news_page_dates_its_rows_by_the_meeting_it_says_was_held(text: str, date: str) -> None:
    assert _dates(text) == {date}


_NEXT = [
    (
        "Nyheder\n\nPubliceret 24. juni 2026\n\nByrådet holdt tirsdag den 23. juni 2026 møde.\n\nByrådet godkendte "
        "enstemmigt tidsplanen for budget 2027.\n\nFAKTA\nByrådet har 27 medlemmer. Næste ordinære møde er "
        "tirsdag den 25. august 2026.\n",
        "2026-06-23",
    ),
    (
        "Nyheder\n\nPubliceret 11. december 2025\n\nHer er beslutningerne fra byrådsmødet onsdag den "
        "10. december 2025.\n\nByrådet vedtog med 19 stemmer mod 6 en ny parkeringsstrategi.\n\nNæste ordinære "
        "byrådsmøde er onsdag den 28. januar 2026.\n",
        "2025-12-10",
    ),
    (
        "Nyt fra kommunalbestyrelsen\nPubliceret 19. maj 2026\n\nKommunalbestyrelsen holdt mandag den 18. maj "
        "2026 møde.\n\nKommunalbestyrelsen tog årsberetningen til efterretning. Møderne er offentlige. Næste "
        "ekstraordinære møde holdes torsdag den 4. juni 2026.\n",
        "2026-05-18",
    ),
    (
        "Nyheder\n\nPubliceret 26. februar 2026\n\nFra kommunalbestyrelsens møde torsdag den 26. februar 2026:\n\n"
        "Kommunalbestyrelsen godkendte enstemmigt den nye affaldsplan.\n\nKommende ordinære møde er "
        "torsdag den 26. marts 2026 kl. 19.\n",
        "2026-02-26",
    ),
    (
        "Nyheder\n\nPubliceret 14. april 2026\n\nByrådet holdt mandag den 13. april 2026 møde.\n\nByrådet "
        "godkendte med 22 stemmer mod 3 lokalplanen for Østerbyen.\n\nByrådets næste ordinære møde "
        "afholdes mandag den 11. maj 2026.\n",
        "2026-04-13",
    ),
]


@pytest.mark.parametrize(("text", "date"), _NEXT)
def test_the_next_meeting_named_at_the_foot_dates_no_row(text: str, date: str) -> None:
    assert _dates(text) == {date}


def test_a_speech_held_on_a_day_is_no_meeting_day_when_the_meeting_is_named() -> None:
    text = (
        "Nyheder\n\nPubliceret 6. maj 2026\n\nHer er beslutningerne fra byrådsmødet tirsdag den 5. maj 2026.\n\n"
        "Byrådet godkendte enstemmigt den nye kulturpolitik.\n"
    )
    assert _dates(text) == {"2026-05-05"}
