"""A Danish news page's lead may name the meeting's day before the meeting verb ("Torsdag den 12. marts 2026 holdt
Byrådet møde", "Den 3. juni 2026 afholdt kommunalbestyrelsen ...", "Mandag 27. april 2026 mødtes ...") or in its
second sentence ("Byrådet holdt onsdag aften møde. Nedenfor kan du læse, hvad politikerne besluttede den 24.
juni 2026.") under a long headline that ends no sentence ("NYT FRA BYRÅDET: Ny svømmehal - og nej til gratis
parkering"): that headline is no lead, so the day in the lead dates the page's rows. Look-alikes: a coming
meeting ("Den 20. maj 2026 holdes der borgermøde") and an earlier theme meeting told past a paragraph's first
sentence date nothing. All pages are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_PARAGRAPHS = (
    "Ny svømmehal i Ørsted\nByrådet godkendte med 19 stemmer for og 6 imod at bygge en ny svømmehal.\n\n"
    "Takster for hjemmepleje\nEt enigt byråd vedtog de nye takster for 2027.\n"
)


def _dates(head: str) -> set[str | None]:
    return {r.meeting_date for r in votes(head + "\n\n" + _PARAGRAPHS, "da")}


_DAY_FIRST = [
    (
        "Faxholm Kommune\nForside > Politik > Nyheder\n\nNYHED | 13. marts 2026\n\nByrådet siger ja til ny "
        "svømmehal\n\nTorsdag den 12. marts 2026 holdt Faxholm Byråd møde på rådhuset. Her er de vigtigste "
        "beslutninger.",
        "2026-03-12",
    ),
    (
        "Nyheder\n\nDen 3. juni 2026 afholdt byrådet sit sidste møde før sommerferien, og her er et overblik.",
        "2026-06-03",
    ),
    (
        "Politik › Nyt fra byrådet\n\nMandag 27. april 2026 mødtes byrådet til ordinært møde i Borgernes Hus.",
        "2026-04-27",
    ),
    (
        "Nyheder\nPubliceret 10. december 2026\n\nOnsdag, den 9. december 2026 holdt Byrådet budgetmøde, og "
        "politikerne nåede igennem en lang dagsorden.",
        "2026-12-09",
    ),
    (
        "Nyheder\n\nDer var fuldt hus på tilhørerpladserne. Tirsdag den 10. februar 2026 holdt byrådet sit "
        "første møde i det nye år.",
        "2026-02-10",
    ),
]


_UNDER_A_LONG_HEADLINE = [
    (
        "Lyngå Kommune > Nyheder > Nyt fra byrådet\n\nNYT FRA BYRÅDET: Ny svømmehal i Ørsted - og nej til "
        "gratis parkering i midtbyen\nPubliceret 25. juni 2026 | Kommunikation\n\nByrådet holdt onsdag aften sit "
        "sidste møde inden ferien. Nedenfor kan du læse, hvad politikerne besluttede den 24. juni 2026.",
        "2026-06-24",
    ),
    (
        "Nyheder\n\nByrådet siger ja til svømmehal og nye takster for hjemmeplejen i hele kommunen\n"
        "Publiceret 6. maj 2026\n\nDer var mange tilhørere på rådhuset. Byrådet besluttede den 5. maj 2026 "
        "blandt andet følgende.",
        "2026-05-05",
    ),
    (
        "Politik\n\nSvømmehal, takster og meget mere: det skete på aftenens møde i byrådet\nOpdateret 19. "
        "november 2026\n\nMødet varede til sent. Politikerne behandlede den 18. november 2026 i alt 23 punkter.",
        "2026-11-18",
    ),
    (
        "Nyheder › Byråd\n\nSe hvad byrådet sagde ja og nej til på det seneste møde før jul\nPubliceret 17. "
        "december 2026\n\nByrådet holdt sit sidste møde i år. Her er et overblik over, hvad byrådet vedtog den "
        "16. december 2026.",
        "2026-12-16",
    ),
    (
        "Nyheder\n\nNYT FRA BYRÅDET I MARTS: svømmehal godkendt og nye takster på plads for næste år\n"
        "Publiceret 27. marts 2026\n\nByrådet var samlet torsdag aften. Her er, hvad politikerne godkendte den "
        "26. marts 2026.",
        "2026-03-26",
    ),
]


@pytest.mark.parametrize(("head", "day"), _DAY_FIRST + _UNDER_A_LONG_HEADLINE)
def test_the_day_in_the_lead_dates_the_rows(head, day):
    assert _dates(head) == {day}


def test_a_coming_meeting_dates_nothing():
    head = (
        "Nyheder\nPubliceret 6. maj 2026\n\nByrådet holdt tirsdag den 5. maj 2026 møde.\n\n"
        "Den 20. maj 2026 holdes der borgermøde om lokalplanen."
    )
    assert _dates(head) == {"2026-05-05"}


def test_an_earlier_meeting_told_inside_a_paragraph_dates_nothing():
    text = (
        "Nyheder\nPubliceret 6. maj 2026\n\nByrådet holdt tirsdag den 5. maj 2026 møde.\n\n"
        "Ny skolestruktur\nByrådet godkendte en ny skolestruktur med 20 stemmer for og 5 imod. "
        "Den 14. januar 2026 holdt udvalget et temamøde om sagen.\n"
    )
    assert {r.meeting_date for r in votes(text, "da")} == {"2026-05-05"}
