"""A council newsletter dates itself in an edition line ("Wielsbeke e-nieuwsbrief | editie 38 | donderdag 24 september
2026", "Nyhedsbrev · udgave 12 · 5. marts 2026"): that line is the page's own date, like "Publiceret ...", and the
meeting is the day the prose names ("In de gemeenteraad van dinsdag 22 september 2026 ..."), so its rows carry the
meeting's day, not the edition's. A Dutch passive report ("Het aangepaste politiereglement werd unaniem goedgekeurd")
is about its subject, the thing approved. Look-alike: minutes whose head names a meeting keep the meeting's date.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

NL_LEAD = "\n\nIn de gemeenteraad van dinsdag 22 september 2026 kwamen twaalf punten aan bod.\n\n"


@pytest.mark.parametrize(
    ("language", "page", "meeting"),
    [
        (
            "nl",
            "Testby e-nieuwsbrief | editie 38 | donderdag 24 september 2026"
            + NL_LEAD
            + "Reglement\nHet aangepaste politiereglement werd unaniem goedgekeurd.\n",
            "2026-09-22",
        ),
        (
            "nl",
            "Nieuwsbrief - donderdag 24 september 2026"
            + NL_LEAD
            + "Begroting\nDe raad keurde de begrotingswijziging goed met 13 stemmen voor en 6 tegen.\n",
            "2026-09-22",
        ),
        (
            "nl",
            "Raadsnieuws · editie 7 · 25 september 2026"
            + NL_LEAD
            + "Circulatieplan\nHet nieuwe circulatieplan voor het centrum werd uitgesteld.\n",
            "2026-09-22",
        ),
        (
            "nl",
            "E-nieuwsbrief | 24 september 2026"
            + NL_LEAD
            + "Speelpleinen\nHet speelpleinbeleid werd goedgekeurd met 15 stemmen voor en 4 tegen.\n",
            "2026-09-22",
        ),
        (
            "nl",
            "Gemeentenieuws editie nr. 12, 23 september 2026"
            + NL_LEAD
            + "Subsidie\nDe subsidie voor de jeugdhuizen werd unaniem goedgekeurd.\n",
            "2026-09-22",
        ),
        (
            "da",
            "Nyhedsbrev · udgave 12 · 5. marts 2026\n\nByrådet holdt møde tirsdag den 3. marts 2026. Her er"
            " beslutningerne.\n\nSKOLE\nByrådet godkendte den nye skolestruktur med 20 stemmer mod 5.\n",
            "2026-03-03",
        ),
        (
            "da",
            "Nyhedsbrev | 5. marts 2026\n\nKommunalbestyrelsen holdt møde tirsdag den 3. marts 2026.\n\n"
            "HAVNEBAD\nKommunalbestyrelsen godkendte enstemmigt et havnebad ved Nordkajen.\n",
            "2026-03-03",
        ),
        (
            "nb",
            "Nyhetsbrev | utgave 4 | 5. mars 2026\n\nKommunestyret hadde møte tirsdag 3. mars 2026. Her er"
            " vedtakene.\n\nSkole\nKommunestyret vedtok ny skolestruktur med 20 mot 7 stemmer.\n",
            "2026-03-03",
        ),
        (
            "nn",
            "Nyheitsbrev | utgåve 4 | 5. mars 2026\n\nKommunestyret hadde møte tysdag 3. mars 2026. Her er"
            " vedtaka.\n\nSkule\nKommunestyret vedtok ny skulestruktur med 20 mot 7 røyster.\n",
            "2026-03-03",
        ),
    ],
)
def test_a_newsletter_edition_line_dates_the_page_not_the_meeting(language: str, page: str, meeting: str) -> None:
    rows = votes(page, language)
    assert rows
    assert {r.meeting_date for r in rows} == {meeting}


@pytest.mark.parametrize(
    ("paragraph", "subject"),
    [
        (
            "Reglement\nHet aangepaste algemeen politiereglement van de politiezone werd unaniem goedgekeurd.\n",
            "Het aangepaste algemeen politiereglement van de politiezone",
        ),
        (
            "Verkeer\nHet nieuwe circulatieplan voor Sint-Jan werd uitgesteld.\n",
            "Het nieuwe circulatieplan voor Sint-Jan",
        ),
        (
            "Retributie\nDe nieuwe retributie op parkeren werd goedgekeurd met 13 ja-stemmen tegen 6 neen-stemmen.\n",
            "De nieuwe retributie op parkeren",
        ),
        ("Jeugd\nHet jeugdbeleidsplan 2027 werd eenparig goedgekeurd.\n", "Het jeugdbeleidsplan 2027"),
        (
            "Erfgoed\nDe erfgoedovereenkomst met de buurgemeenten werd unaniem goedgekeurd.\n",
            "De erfgoedovereenkomst met de buurgemeenten",
        ),
    ],
)
def test_a_dutch_passive_report_is_about_the_thing_approved(paragraph: str, subject: str) -> None:
    page = "Testby e-nieuwsbrief | editie 38 | donderdag 24 september 2026" + NL_LEAD + paragraph
    assert [r.subject for r in votes(page, "nl")] == [subject]


def test_minutes_naming_their_meeting_keep_its_date() -> None:
    page = (
        "Notulen gemeenteraad\nVergadering van dinsdag 22 september 2026\n\nAgendapunt 4 Politiereglement\n"
        "Besluit: het politiereglement wordt unaniem goedgekeurd.\n"
    )
    assert [r.meeting_date for r in votes(page, "nl")] == ["2026-09-22"]
