"""On a news page (one item per paragraph) the meeting the page reports is the one its title or lead names; a day
named inside a later paragraph, past that paragraph's first sentence ("Formannskapet hadde tilrådd budsjettet i møtet
3. november."), is background to that paragraph and dates none of the paragraphs below it. A day the lead names in
any of its sentences ("Her er et overblik over beslutningerne fra mødet torsdag den 29. oktober 2026.") dates them all.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

PAGES = [
    (
        "nn",
        "Nytt frå kommunestyret 19. november 2026\nPublisert fredag 20. november 2026\n\n"
        "Kommunestyret hadde eit langt møte torsdag. Her er dei viktigaste vedtaka.\n\n"
        "Budsjett\nKommunestyret vedtok budsjettet for 2027 med 9 mot 4 røyster. Formannskapet hadde tilrådd budsjettet"
        " i møtet 3. november.\n\nHamneplan\nHamneplanen vart samrøystes vedteken.\n",
        "2026-11-19",
    ),
    (
        "nb",
        "Nytt fra kommunestyret 19. november 2026\nPublisert 20. november 2026\n\n"
        "Kommunestyret hadde møte torsdag. Her er de viktigste vedtakene.\n\n"
        "Skatt\nKommunestyret vedtok skattesatsene med 20 mot 7 stemmer. Formannskapet behandlet saken i møtet"
        " 5. november.\n\nHavneplan\nHavneplanen ble enstemmig vedtatt.\n",
        "2026-11-19",
    ),
    (
        "da",
        "Nyt fra byrådet\nPubliceret fredag den 30. oktober 2026\n\nBudgettet er på plads, og byen får en ny"
        " venskabsby. Her er et overblik over beslutningerne fra byrådets møde torsdag den 29. oktober 2026.\n\n"
        "Budget\nByrådet vedtog budget 2027 med 18 stemmer for og 3 imod. Økonomiudvalget behandlede budgettet på"
        " mødet den 13. oktober.\n\nSkolestruktur\nByrådet godkendte enstemmigt den nye skolestruktur.\n",
        "2026-10-29",
    ),
    (
        "da",
        "Kort nyt fra kommunalbestyrelsen\nPubliceret 23. oktober 2026\n\nKommunalbestyrelsen holdt møde tirsdag"
        " den 13. oktober. Her er et udpluk af beslutningerne.\n\nLokalplan\nLokalplan 142 blev endeligt vedtaget."
        " Planudvalget godkendte forslaget på mødet den 1. september.\n\nLegeplads\nKommunalbestyrelsen godkendte"
        " enstemmigt en ny legeplads ved stranden.\n",
        "2026-10-13",
    ),
    (
        "nl",
        "Nieuws uit de gemeenteraad\nGepubliceerd op 12 mei 2026\n\nIn de raadsvergadering van maandag 11 mei 2026"
        " zijn de volgende besluiten genomen.\n\nBegroting\nDe raad stelde de kadernota vast met 20 stemmen voor en 7"
        " tegen. De commissie besprak de nota in de vergadering van 20 april.\n\nZwembad\nDe raad stemde unaniem in"
        " met het nieuwe zwembad.\n",
        "2026-05-11",
    ),
]


@pytest.mark.parametrize(("language", "page", "meeting"), PAGES)
def test_a_day_inside_a_paragraph_dates_no_later_paragraph(language: str, page: str, meeting: str) -> None:
    rows = votes(page, language)
    assert len(rows) == 2
    assert {r.meeting_date for r in rows} == {meeting}


@pytest.mark.parametrize(
    ("language", "page", "meeting"),
    [
        (
            "da",
            "Nyt fra byrådet\nPubliceret 30. oktober 2026\n\nBudgettet er på plads. Her er et overblik over"
            " beslutningerne fra mødet torsdag den 29. oktober 2026.\n\nBudget\nByrådet vedtog budget 2027 med 18"
            " stemmer for og 3 imod.\n",
            "2026-10-29",
        ),
        (
            "nn",
            "Nytt frå kommunestyret\nPublisert 20. november 2026\n\nEit langt møte. Her er vedtaka frå møtet"
            " torsdag 19. november 2026.\n\nBudsjett\nKommunestyret vedtok budsjettet med 9 mot 4 røyster.\n",
            "2026-11-19",
        ),
    ],
)
def test_a_day_anywhere_in_the_lead_dates_the_page(language: str, page: str, meeting: str) -> None:
    assert [r.meeting_date for r in votes(page, language)] == [meeting]
