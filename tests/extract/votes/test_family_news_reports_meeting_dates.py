"""A news page dates itself ("Publisert 27.11.2026", "Udgivet 6. maj 2026", "Gepubliceerd op ...") and names the
meeting in its prose ("Bystyret behandlet torsdag 26. november ...", "In de raadsvergadering van dinsdag 12 mei
..."). The row's meeting date is the day the prose names, its year taken from the page's stamp (the year before
when the day would fall after the page) or else from the nearest full date; the stamp itself is never a meeting
date, in news or in minutes. All sentences are written for these tests.
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
            "nb",
            "Nyheter\n\nPublisert 27.11.2026 | Oppdatert 28.11.2026\n\nBystyret behandlet torsdag 26. november "
            "budsjettet for 2027. Bystyret vedtok budsjettet.\n",
            "2026-11-26",
        ),
        (
            "nb",
            "Aktuelt\n\nPublisert: 05.03.2026\n\nDette vedtok kommunestyret 3. mars:\n\nKommunestyret vedtok å "
            "bygge ny skole i Sentrum.\n",
            "2026-03-03",
        ),
        (
            "nb",
            "Nyheter\n\nSist oppdatert 02.02.2027\n\nFormannskapet godkjente i møtet tirsdag 29. desember avtalen "
            "om nytt rådhus.\n",
            "2026-12-29",
        ),
        (
            "nb",
            "Nyheter\n\nPublisert 10.06.2026\n\nBystyret vedtok på møtet mandag 8. juni en ny klimaplan for byen.\n",
            "2026-06-08",
        ),
        (
            "nb",
            "Nyheter\n\nBystyremøtet 14. oktober 2026 ble det siste før valget. Bystyret vedtok å selge Storgata 5.\n",
            "2026-10-14",
        ),
        (
            "nn",
            "Nyheiter\n\nPublisert 14.06.2026\n\nHeradsstyret vedtok i møtet 12. juni å byggje ny barnehage.\n",
            "2026-06-12",
        ),
        (
            "nn",
            "Nyheiter\n\nOppdatert 20.03.2026\n\nKommunestyret handsama torsdag 19. mars budsjettet. Kommunestyret "
            "vedtok budsjettet.\n",
            "2026-03-19",
        ),
        (
            "nn",
            "Aktuelt\n\nPublisert 05.02.2027\n\nFormannskapet vedtok i møtet 3. februar å løyve 2 millionar kroner "
            "til vegen.\n",
            "2027-02-03",
        ),
        (
            "nn",
            "Nyheiter\n\nPublisert 30.09.2026\n\nI kommunestyremøtet 24. september vart det vedteke å selje "
            "skulen. Kommunestyret vedtok å selje den gamle skulen på Myra.\n",
            "2026-09-24",
        ),
        (
            "nn",
            "Nyheiter\n\nPublisert 09.11.2026\n\nKommunestyret gjorde vedtak måndag 9. november om ny plan. "
            "Kommunestyret vedtok ein ny plan for kulturbygg.\n",
            "2026-11-09",
        ),
        (
            "da",
            "Nyheder\n\nUdgivet 6. maj 2026\n\nByrådet besluttede på sit møde mandag den 4. maj at sælge den "
            "gamle skole.\n",
            "2026-05-04",
        ),
        (
            "da",
            "Nyheder\n\nOpdateret 28.01.2026\n\nKommunalbestyrelsen behandlede onsdag den 27. januar budgettet. "
            "Kommunalbestyrelsen vedtog budgettet for 2026.\n",
            "2026-01-27",
        ),
        (
            "da",
            "Nyheder\n\nPubliceret 3. januar 2027\n\nByrådet godkendte tirsdag den 22. december den nye klimaplan.\n",
            "2026-12-22",
        ),
        (
            "da",
            "Nyheder\n\nSidst opdateret 15.04.2026\n\nByrådet vedtog på byrådsmødet den 14. april en ny "
            "parkeringsstrategi.\n",
            "2026-04-14",
        ),
        (
            "da",
            "Nyheder\n\nUdgivet 4. marts 2026\n\nØkonomiudvalget vedtog på sit møde den 2. marts 2026 et "
            "anlægsbudget på 12 mio. kr. "
            "til Hallen.\n",
            "2026-03-02",
        ),
        (
            "nl",
            "Nieuws\n\nGepubliceerd op 14 mei 2026\n\nIn de raadsvergadering van dinsdag 12 mei besloot de raad "
            "het parkeerbeleid vast te stellen.\n",
            "2026-05-12",
        ),
        (
            "nl",
            "Nieuws\n\nLaatst gewijzigd: 5 februari 2026\n\nDe gemeenteraad keurde in de vergadering van 29 januari "
            "het nieuwe mobiliteitsplan goed.\n",
            "2026-01-29",
        ),
        (
            "nl",
            "Nieuws\n\nGepubliceerd op 4 januari 2027\n\nDe raad stelde op donderdag 17 december de begroting "
            "voor 2027 vast.\n",
            "2026-12-17",
        ),
        (
            "nl",
            "Actueel\n\nGeplaatst op 25 juni 2026\n\nTijdens de zitting van 23 juni keurde de gemeenteraad van "
            "Testbeek het meerjarenplan goed.\n",
            "2026-06-23",
        ),
        (
            "nl",
            "Nieuws\n\nGeplaatst 9 oktober 2026\n\nDe gemeenteraad besloot op 8 oktober 2026 de stedenband met "
            "Lublin te beëindigen.\n",
            "2026-10-08",
        ),
    ],
)
def test_a_news_report_is_dated_by_the_meeting_its_prose_names(language, text, date):
    assert _dates(language, text) == [date]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Nyheter\n\nPublisert 27.11.2026\n\nBystyret vedtok å bygge ny svømmehall på Nordbyen.\n"),
        ("nn", "Nyheiter\n\nPublisert 14.06.2026\n\nKommunestyret vedtok å selje den gamle skulen på Myra.\n"),
        ("da", "Nyheder\n\nUdgivet 6. maj 2026\n\nByrådet besluttede i aftes at lukke Søndervang Skole.\n"),
        ("nl", "Nieuws\n\nGepubliceerd op 14 mei 2026\n\nDe gemeenteraad verbrak de stedenband met Lublin.\n"),
        ("nl", "Nieuws\n\nLaatst gewijzigd 5 februari 2026\n\nDe raad stelde de begroting voor 2026 vast.\n"),
    ],
)
def test_the_page_stamp_alone_is_no_meeting_date(language, text):
    assert _dates(language, text) == [None]


def test_a_stamp_in_minutes_leaves_the_meetings_own_date():
    text = (
        "Bystyret\n\nMøtedato: 14.11.2026\n\nPublisert 20.11.2026\n\nPS 41/26 Budsjett 2027\n\n"
        "Vedtak:\nInnstillingen ble enstemmig vedtatt.\n"
    )
    assert _dates("nb", text) == ["2026-11-14"]


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        (
            "nb",
            "Nyheter\n\nPublisert 27.11.2026\n\nBystyret behandlet torsdag 26. november budsjettet. Bystyret "
            "vedtok budsjettet. Neste møte er 10. desember.\n",
            "2026-11-26",
        ),
        (
            "da",
            "Nyheder\n\nUdgivet 6. maj 2026\n\nByrådet behandlede mandag den 4. maj sagen. Byrådet vedtog "
            "lokalplanen. Næste møde holdes den 1. juni.\n",
            "2026-05-04",
        ),
        (
            "nl",
            "Nieuws\n\nGepubliceerd op 14 mei 2026\n\nDe volgende raadsvergadering is op 9 juni. De raad stelde "
            "in de vergadering van 12 mei de kadernota vast.\n",
            "2026-05-12",
        ),
    ],
)
def test_the_next_meeting_named_in_the_text_dates_nothing(language, text, date):
    assert _dates(language, text) == [date]


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        (
            "nb",
            "Nyheter\n\nBudsjettet for 2027 ble lagt fram 1.10.2026. Bystyret behandlet torsdag 26. november "
            "budsjettet. Bystyret vedtok budsjettet.\n",
            "2026-11-26",
        ),
        (
            "nl",
            "Nieuws\n\nHet college stuurde het plan op 2 maart 2026 naar de raad. In de raadsvergadering van 14 april "
            "keurde de gemeenteraad het plan goed.\n",
            "2026-04-14",
        ),
    ],
)
def test_without_a_stamp_the_nearest_full_date_lends_the_year(language, text, date):
    assert _dates(language, text) == [date]


def test_a_day_without_any_year_in_the_text_gives_no_date():
    text = "Nyheter\n\nBystyret behandlet torsdag 26. november budsjettet. Bystyret vedtok budsjettet.\n"
    assert _dates("nb", text) == [None]


@pytest.mark.parametrize(
    ("language", "text", "date", "subject"),
    [
        (
            "nb",
            "Nyheter\n\nBystyret vedtok torsdag 26. november 2026 å bygge ny svømmehall.\n",
            "2026-11-26",
            "å bygge ny svømmehall",
        ),
        (
            "nb",
            "Nyheter\n\nBystyret vedtok i møtet 26. november 2026 å bygge ny svømmehall.\n",
            "2026-11-26",
            "å bygge ny svømmehall",
        ),
        (
            "nn",
            "Nyheiter\n\nKommunestyret vedtok i møtet 12. juni 2026 å byggje ny barnehage.\n",
            "2026-06-12",
            "å byggje ny barnehage",
        ),
        (
            "da",
            "Nyheder\n\nByrådet vedtog på sit møde den 2. marts 2026 en ny klimaplan.\n",
            "2026-03-02",
            "en ny klimaplan",
        ),
        (
            "da",
            "Nyheder\n\nKommunalbestyrelsen vedtog mandag den 4. maj 2026 budgettet.\n",
            "2026-05-04",
            "budgettet",
        ),
    ],
)
def test_a_decision_dated_as_a_meeting_in_its_own_sentence_is_that_meetings(language, text, date, subject):
    assert [(r.meeting_date, r.subject) for r in votes(text, language)] == [(date, subject)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Sundhedspolitik\n\nByrådet vedtog den 15. december 2021 Kommunens Sundhedspolitik 2022-2026.\n"),
        ("nb", "Klimaplan\n\nBystyret vedtok 12. mars 2019 kommunens klimaplan. Planen gjelder til 2030.\n"),
        ("nn", "Kulturplan\n\nKommunestyret vedtok 3. mai 2018 kulturplanen for 2018-2028.\n"),
    ],
)
def test_a_policy_adopted_on_a_bare_date_is_background(language, text):
    assert votes(text, language) == []
