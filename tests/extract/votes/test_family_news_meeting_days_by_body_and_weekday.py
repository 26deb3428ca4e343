"""A news page's prose names its meeting by the body and a weekday ("De gemeenteraad van Harlingen heeft woensdag
11 februari ingestemd", "Byrådet sagde tirsdag den 9. juni ja til ...", "In de gemeenteraad van dinsdag 22 september
2026 ..."): that day is the meeting's, not the page's publication line or dateline above it. A day the prose tells
as ANOTHER body's meeting ("Formannskapet hadde tilrådd budsjettet i møtet 3. november") dates that body's earlier
step, not the rows of the page's own body below it; a sitting told below a row, a future sitting and a deadline date
nothing. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes


def _dates(language: str, text: str) -> list[str | None]:
    return [r.meeting_date for r in votes(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        (
            "nl",
            "Gemeente Zeestad › Nieuws\n\nRaad zegt ja tegen nieuw zwembad\n\nGepubliceerd op 12 februari 2026\n\n"
            "De gemeenteraad van Zeestad heeft woensdag 11 februari ingestemd met de bouw van een nieuw zwembad.\n"
            "Het raadsvoorstel werd aangenomen met 15 stemmen voor en 2 tegen.\n",
            "2026-02-11",
        ),
        (
            "nl",
            "Nieuwsbrief Dorpen | editie 12 | vrijdag 15 mei 2026\n\nIn de gemeenteraad van dinsdag 12 mei 2026 "
            "kwamen tien punten aan bod.\n\nBegroting\nDe raad keurde de begrotingswijziging goed met 14 stemmen "
            "voor en 5 tegen.\n",
            "2026-05-12",
        ),
        (
            "da",
            "Nyheder fra Kommunen\n\nUdgivet fredag 12. juni 2026\n\nByrådet sagde tirsdag den 9. juni ja til en ny "
            "skole i Nordby. Forslaget blev vedtaget med 19 stemmer for og 6 imod.\n",
            "2026-06-09",
        ),
        (
            "nb",
            "Aktuelt\n\nPublisert 28.11.2026\n\nBystyret sa torsdag 26. november ja til ny idrettshall. "
            "Bystyret vedtok å bygge hallen med 31 mot 8 stemmer.\n",
            "2026-11-26",
        ),
        (
            "nn",
            "Aktuelt\n\nPublisert 20.11.2026\n\nKommunestyret sa torsdag 19. november ja til ny kai. "
            "Kommunestyret vedtok å byggje kaia med 11 mot 4 røyster.\n",
            "2026-11-19",
        ),
    ],
)
def test_a_meeting_day_told_by_the_body_and_a_weekday_dates_the_rows(language: str, text: str, date: str) -> None:
    found = _dates(language, text)
    assert found and set(found) == {date}


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        (
            "nn",
            "Aktuelt\n\nNytt frå kommunestyret 19. november 2026\nPublisert fredag 20. november 2026\n\n"
            "Budsjett\nKommunestyret vedtok budsjettet med 9 mot 4 røyster. Formannskapet hadde tilrådd\n"
            "budsjettet i møtet 3. november.\n\nHamn\nHamneplanen vart samrøystes vedteken.\n",
            "2026-11-19",
        ),
        (
            "nb",
            "Aktuelt\n\nNytt fra bystyret 10. desember 2026\nPublisert 11.12.2026\n\nBudsjett\nBystyret vedtok "
            "budsjettet med 40 mot 19 stemmer. Formannskapet innstilte på budsjettet i møtet 26. november.\n\n"
            "Skole\nSkolebruksplanen ble enstemmig vedtatt.\n",
            "2026-12-10",
        ),
        (
            "da",
            "Nyt fra byrådet 16. juni 2026\nUdgivet 17. juni 2026\n\nBudget\nByrådet vedtog budgettet med 20 "
            "stemmer for og 5 imod. Økonomiudvalget havde anbefalet det på sit møde den 9. juni.\n\nSkole\n"
            "Skoleplanen blev vedtaget enstemmigt.\n",
            "2026-06-16",
        ),
        (
            "da",
            "Nyt fra kommunalbestyrelsen 25. marts 2026\nPubliceret 26. marts 2026\n\nCykelsti\nKommunalbestyrelsen "
            "godkendte den nye cykelsti. Teknik- og Miljøudvalget behandlede forslaget på sit møde den 2. marts.\n\n"
            "Hal\nKommunalbestyrelsen vedtog at bygge en ny hal.\n",
            "2026-03-25",
        ),
        (
            "nb",
            "Aktuelt\n\nNytt fra kommunestyret 18. juni 2026\nPublisert 19.06.2026\n\nVei\nKommunestyret vedtok "
            "ny veiplan. Planutvalget hadde behandlet saken i møtet 2. juni.\n\nKai\nKommunestyret vedtok å "
            "bygge ny kai.\n",
            "2026-06-18",
        ),
    ],
)
def test_another_bodys_earlier_meeting_told_in_the_prose_does_not_date_the_rows(
    language: str, text: str, date: str
) -> None:
    found = _dates(language, text)
    assert found and set(found) == {date}


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        (  # the body's own earlier meeting told on the page still dates the rows below it
            "nb",
            "Aktuelt\n\nPublisert 12.06.2026\n\nKommunestyret behandlet i møtet 2. juni saken om ny kai. "
            "Kommunestyret vedtok å bygge kaia.\n",
            "2026-06-02",
        ),
        (  # a coming sitting told below the rows does not date them
            "nl",
            "Nieuws\n\nGepubliceerd op 24 september 2026\n\nIn de gemeenteraad van dinsdag 22 september kwamen "
            "tien punten aan bod. De raad keurde het meerjarenplan goed. De volledige notulen verschijnen na "
            "goedkeuring op de zitting van dinsdag 20 oktober 2026.\n",
            "2026-09-22",
        ),
        (  # a future sitting told with the body and a weekday ("vergadert ... op") is no meeting held
            "nl",
            "Nieuws\n\nGepubliceerd op 10 maart 2026\n\nDe gemeenteraad heeft maandag 9 maart het parkeerplan "
            "goedgekeurd. De gemeenteraad vergadert weer op dinsdag 14 april over de begroting.\n",
            "2026-03-09",
        ),
        (  # a deadline with a weekday, no body before it, dates nothing
            "da",
            "Nyheder\n\nUdgivet 12. juni 2026\n\nByrådet vedtog på mødet den 9. juni en ny klimaplan. "
            "Høringssvar skal være modtaget senest fredag den 26. juni.\n",
            "2026-06-09",
        ),
        (  # minutes with cases: a weekday step day in a case does not turn the meeting's dateline into a page stamp
            "da",
            "Byrådet\n\nTirsdag 16. juni 2026\n\n12. Budget 2027\n\nØkonomiudvalget behandlede tirsdag den 9. "
            "juni sagen.\n\nBeslutning\nGodkendt.\n",
            "2026-06-16",
        ),
    ],
)
def test_look_alike_days_keep_the_meeting_the_page_reports(language: str, text: str, date: str) -> None:
    found = _dates(language, text)
    assert found and set(found) == {date}
