"""A Norwegian news page often names its meeting only in the headline ("Nytt frå kommunestyret 17. september",
"Kort fortalt fra bystyret 3. mars"): a line of its own naming the body and a day without a year. That day is the
meeting's, its year from the page's stamp ("Publisert 18.09.2026"). A day in running prose after the body ("saka
kjem opp i kommunestyret 12. desember, og ...") or the next meeting ("Neste møte i kommunestyret 29. oktober") dates
nothing. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes


def _dates(text: str, language: str) -> list[str | None]:
    return [r.meeting_date for r in votes(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        (
            "nn",
            "Aktuelt\n\nNytt frå kommunestyret 17. september\n\nPublisert 18.09.2026\n\nKommunestyret vedtok "
            "nye opningstider for biblioteket med 19 mot 2 røyster.\n",
            "2026-09-17",
        ),
        (
            "nn",
            "Nyheiter\n\nDette skjedde i heradsstyret 3. mars\n\nPublisert 05.03.2027 | Skrive av Kommunikasjon\n\n"
            "Eit framlegg frå Høgre om å selje kaia fall.\n",
            "2027-03-03",
        ),
        (
            "nn",
            "Aktuelt\n\nKort fortalt frå formannskapet tysdag 8. desember:\n\nPublisert 10.12.2026\n\n"
            "Formannskapet vedtok samrøystes å gje tilskot til skulekorpset.\n",
            "2026-12-08",
        ),
        (
            "nn",
            "Heim > Aktuelt\n\nVedtak i kommunestyret 29. januar\n\nOppdatert 02.02.2026\n\nKommunestyret vedtok "
            "planen for nye gang- og sykkelvegar.\n",
            "2026-01-29",
        ),
        (
            "nn",
            "Aktuelt\n\nFrå kommunestyret 30. desember\n\nPublisert 04.01.2027\n\nKommunestyret vedtok budsjettet "
            "for 2027 med 15 mot 6 røyster.\n",
            "2026-12-30",
        ),
        (
            "nb",
            "Aktuelt\n\nKort fortalt fra kommunestyret 22. oktober\n\nPublisert 23.10.2026\n\nKommunestyret vedtok "
            "ny parkeringsforskrift med 12 mot 7 stemmer.\n",
            "2026-10-22",
        ),
        (
            "nb",
            "Nyheter\n\nNytt fra bystyret 4. juni\n\nPublisert 06.06.2026 | Av kommunikasjonsavdelingen\n\n"
            "Bystyret vedtok enstemmig å kjøpe tomta ved stasjonen.\n",
            "2026-06-04",
        ),
        (
            "nb",
            "Aktuelt\n\nDette skjedde i formannskapet onsdag 11. mars\n\nSist oppdatert 12.03.2026\n\n"
            "Formannskapet vedtok å selge den gamle brannstasjonen.\n",
            "2026-03-11",
        ),
        (
            "nb",
            "Nyheter\n\nVedtak i kommunestyret 16. desember:\n\nPublisert 17.12.2026\n\nKommunestyret vedtok "
            "budsjettet for 2027 med 21 mot 10 stemmer.\n",
            "2026-12-16",
        ),
        (
            "nb",
            "Politikk\n\nFra kommunestyret 5. januar\n\nPublisert 07.01.2027\n\nKommunestyret vedtok ny plan for "
            "kulturskolen.\n",
            "2027-01-05",
        ),
    ],
)
def test_a_headline_naming_the_body_and_day_dates_the_meeting(language: str, text: str, date: str) -> None:
    assert _dates(text, language) == [date]


@pytest.mark.parametrize(
    ("language", "text", "never"),
    [
        (
            "nn",
            "Aktuelt\n\nPublisert 18.09.2026\n\nSaka om ny skule kjem opp i kommunestyret 12. desember.\n\n"
            "Formannskapet vedtok å sende planen på høyring.\n",
            "2025-12-12",
        ),
        (
            "nn",
            "Aktuelt\n\nPublisert 18.09.2026\n\nFormannskapet vedtok å sende planen på høyring.\n\n"
            "Neste møte i kommunestyret 29. oktober\n",
            "2025-10-29",
        ),
        (
            "nb",
            "Nyheter\n\nPublisert 23.10.2026\n\nSaken om ny skole skal opp i bystyret 12. november.\n\n"
            "Formannskapet vedtok å sende planen på høring.\n",
            "2025-11-12",
        ),
        (
            "nb",
            "Nyheter\n\nPublisert 23.10.2026\n\nFormannskapet vedtok å selge tomta.\n\nNeste møte i kommunestyret "
            "5. november\n",
            "2025-11-05",
        ),
    ],
)
def test_a_day_in_prose_or_a_next_meeting_dates_nothing(language: str, text: str, never: str) -> None:
    dates = _dates(text, language)
    assert dates and never not in dates
