"""Decisions an information page recalls: a twin-town, network or strategy page last updated months after a
council decision tells it under one of its sections ("Bystyret vedtok 9. desember 2025 å ..."); that is
background, no row. A news item whose subject is the decision tells it in its lead, and a page that reports
a meeting days after it (a news page's stamp) reports it, wherever it stands.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

INTRO = {
    "nb": "Kommunen har hatt vennskapsbyer i Norden siden femtitallet, og kontakten holdes ved like gjennom skolene.",
    "nn": "Kommunen har hatt venskapsbyar i Norden sidan femtitalet, og kontakten blir halden ved like i skulane.",
    "da": "Kommunen har haft venskabsbyer i Norden siden halvtredserne, og kontakten holdes ved lige gennem skolerne.",
    "nl": "De gemeente heeft al sinds de jaren zestig banden met steden in het buitenland, vooral via scholen.",
}

RECALLED = [
    (
        "nb",
        "Vennskapsbyer\nSist oppdatert 03.03.2026\n\n{intro}\n\nAvtale med Ystad\n"
        "Bystyret vedtok 9. desember 2025 å inngå en intensjonsavtale med Ystad om kulturminner.\n",
    ),
    (
        "nb",
        "Internasjonale nettverk\n\n{intro}\n\nSøknad om medlemskap\n"
        "Kommunestyret vedtok 2. februar 2026 å søke om medlemskap i Eurocities fra 2027.\n\nSist endret 21.05.2026\n",
    ),
    (
        "nn",
        "Venskapsbyar\nSist oppdatert 14.01.2026\n\n{intro}\n\nMurmansk\n"
        "Kommunestyret vedtok 12. mars 2025 at samarbeidet med Murmansk skal liggje på is.\n",
    ),
    (
        "da",
        "Venskabsbyer\nSidst opdateret 10.06.2026\n\n{intro}\n\nNy aftale\n"
        "Byrådet vedtog den 2. marts 2026 at indgå en venskabsbyaftale med Tartu.\n",
    ),
    (
        "nl",
        "Verbroederingen\n\n{intro}\n\nWat besliste de gemeenteraad?\n"
        "De gemeenteraad keurde op 22 september 2025 de verlenging van de samenwerking met Wimereux goed.\n\n"
        "Laatst bijgewerkt op 5 januari 2026\n",
    ),
]


@pytest.mark.parametrize(("language", "page"), RECALLED)
def test_a_decision_below_the_lead_of_a_page_updated_months_later_is_background(language: str, page: str) -> None:
    assert votes(page.format(intro=INTRO[language]), language) == []


REPORTED = [
    # the decision is the lead of a news item, however long after the page was last touched
    (
        "nb",
        "Ny brannstasjon\nSist oppdatert 05.10.2017\n\n"
        "Kommunestyret vedtok torsdag 29. september 2016 å bygge ny brannstasjon ved Fåsetervegen.\n\n{intro}\n",
    ),
    # a news page stamped the day after the meeting reports it under any of its headings
    (
        "nb",
        "Dette vedtok bystyret\nPublisert 28.10.2026\n\n{intro}\n\nNy brannstasjon\n"
        "Bystyret vedtok 27. oktober 2026 å bygge ny brannstasjon.\n",
    ),
    (
        "nl",
        "Raad in het kort\nGepubliceerd op 20 maart 2026\n\n{intro}\n\nStedenband\n"
        "De gemeenteraad besloot op 19 maart 2026 tot een vriendschapsband met Naivasha.\n",
    ),
]


@pytest.mark.parametrize(("language", "page"), REPORTED)
def test_a_decision_in_the_lead_or_on_a_fresh_news_page_is_kept(language: str, page: str) -> None:
    assert [r.outcome for r in votes(page.format(intro=INTRO[language]), language)] == ["adopted"]
