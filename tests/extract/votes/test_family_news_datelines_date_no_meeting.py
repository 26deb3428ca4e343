"""Family: the dateline of a news page a breadcrumb files under the site's news ("Forside › Nyheder" / "Fredag 5. juni
2026 · Lokalt"), with no word saying it was published: the day the page came out, not the meeting's. A row is dated
by a meeting day the prose names, else left undated; minutes with the same bare date line, or a news head whose date
line names the meeting or its body, keep that date. All snippets are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        (
            "da",
            "Forside › Nyheder › Politik\nFredag 5. juni 2026\n\nByrådet siger ja til ny hal\n\n"
            "Byrådet vedtog at bygge hallen med 20 stemmer mod 5.\n",
            None,
        ),
        (
            "da",
            "LOKALAVISEN   Fredag 5. juni 2026 · Lokalt\nForside › Nyheder › Politik\n\nFarvel til svømmehallen\n\n"
            "Kommunalbestyrelsen vedtog at lukke svømmehallen med 15 stemmer mod 6.\n",
            None,
        ),
        (
            "da",
            "Forside › Nyheder › Politik\nFredag 5. juni 2026\n\nByrådet siger ja til ny hal\n\n"
            "På mødet den 3. juni vedtog Byrådet at bygge hallen med 20 stemmer mod 5.\n",
            "2026-06-03",
        ),
        (
            "nb",
            "Hjem › Aktuelt\nTorsdag 12. mars 2026\n\nNy skole i sentrum\n\n"
            "Kommunestyret vedtok å bygge ny skole med 25 mot 10 stemmer.\n",
            None,
        ),
        (
            "nn",
            "Heim › Aktuelt › Politikk\nFredag 20. november 2026\n\nNy ferjekai\n\n"
            "Kommunestyret vedtok samrøystes å byggje ny ferjekai.\n",
            None,
        ),
    ],
)
def test_a_news_dateline_dates_the_page_not_the_meeting(language, text, date):
    (row,) = votes(text, language)
    assert row.meeting_date == date


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        ("da", "Byrådet\n5. juni 2026\n\n1. Ny hal\n\nBeslutning\nGodkendt med 20 stemmer mod 5.\n", "2026-06-05"),
        (
            "da",
            "Forside › Nyheder › Politik\nByrådets møde fredag 5. juni 2026\n\n"
            "Byrådet vedtog at bygge hallen med 20 stemmer mod 5.\n",
            "2026-06-05",
        ),
        (
            "nb",
            "Møteprotokoll\nKommunestyret\nTorsdag 12. mars 2026\n\nPS 5/26 Ny skole\n\nVedtak:\n"
            "Innstillingen ble enstemmig vedtatt.\n",
            "2026-03-12",
        ),
        (
            "nl",
            "Home › Nieuws\nGemeenteraad dinsdag 10 maart 2026\n\nNieuw zwembad\n\n"
            "De gemeenteraad heeft ingestemd met de bouw van een nieuw zwembad.\n",
            "2026-03-10",
        ),
    ],
)
def test_minutes_or_a_dateline_naming_the_meeting_keep_their_date(language, text, date):
    (row,) = votes(text, language)
    assert row.meeting_date == date
