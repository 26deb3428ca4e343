"""A news page reporting that the body took a matter for information (da, nb, nn): "Kommunalbestyrelsen tog
kvartalsrapporten om beskæftigelse til efterretning.", "Kommunestyret tok kommunedirektørens orientering til
orientering." is a noted row of the meeting the page names; a remark for information that no body makes, or one
announced for later, is none."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

NEWS = {
    "da": "Kort nyt fra kommunalbestyrelsen\nPubliceret 23. oktober 2026\n\n"
    "Kommunalbestyrelsen holdt møde tirsdag den 13. oktober. Her er et udpluk af beslutningerne.\n\n",
    "nb": "Dette vedtok kommunestyret\nPublisert: 30.10.2026\n\nKommunestyret hadde møte torsdag 29. oktober.\n\n",
    "nn": "Dette vedtok kommunestyret\nPublisert: 30.10.2026\n\nKommunestyret hadde møte torsdag 29. oktober.\n\n",
}
DATE = {"da": "2026-10-13", "nb": "2026-10-29", "nn": "2026-10-29"}
NOTED = [
    ("da", "Kommunalbestyrelsen tog kvartalsrapporten om beskæftigelse til efterretning.\n", "kvartalsrapporten"),
    ("da", "Kommunalbestyrelsen tog redegørelsen om vintertjenesten til orientering.\n", "redegørelsen"),
    ("da", "Byrådet tog status for klimaplanen til efterretning.\n", "klimaplanen"),
    ("da", "Økonomiudvalget tog budgetopfølgningen til efterretning uden bemærkninger.\n", "budgetopfølgningen"),
    ("da", "Kommunalbestyrelsen tager årsrapporten fra Ungdomsskolen til efterretning.\n", "årsrapporten"),
    ("nb", "Kommunestyret tok kommunedirektørens orientering om økonomien til orientering.\n", "økonomien"),
    ("nb", "Kommunestyret tok årsmeldingen for barnevernet til etterretning.\n", "årsmeldingen"),
    ("nb", "Formannskapet tok tertialrapporten til orientering.\n", "tertialrapporten"),
    ("nb", "Bystyret tok rapporten om sykefravær til orientering uten merknader.\n", "sykefravær"),
    ("nb", "Kommunestyret tar statusrapporten for skolene til orientering.\n", "statusrapporten"),
    ("nn", "Kommunestyret tok meldinga om økonomien til vitande.\n", "økonomien"),
    ("nn", "Kommunestyret tok årsmeldinga for barnevernet til orientering.\n", "årsmeldinga"),
    ("nn", "Formannskapet tok tertialrapporten til vitande.\n", "tertialrapporten"),
    ("nn", "Heradsstyret tok rapporten om sjukefråvær til orientering.\n", "sjukefråvær"),
    ("nn", "Kommunestyret tek statusrapporten for skulane til vitande.\n", "statusrapporten"),
]


@pytest.mark.parametrize(("language", "sentence", "word"), NOTED)
def test_a_news_page_reporting_the_body_noting_a_matter_is_a_noted_row(language, sentence, word):
    rows = votes(NEWS[language] + sentence, language)
    assert [(r.outcome, r.meeting_date) for r in rows] == [("noted", DATE[language])]
    assert word in rows[0].subject


NONE = [
    ("da", "Rapporten er vedlagt til orientering.\n"),
    ("nb", "Rapporten legges ved til orientering.\n"),
    ("nn", "Rapporten ligg ved til orientering.\n"),
]


@pytest.mark.parametrize(("language", "sentence"), NONE)
def test_a_remark_for_information_no_body_makes_is_no_row(language, sentence):
    assert votes(NEWS[language] + sentence, language) == []
