"""Family: a municipal news page listing what the council decided (nl).

"Dit besloot de raad op 9 juni", "Wat besloot de gemeenteraad?", also at the end of a breadcrumb ("Home > Nieuws
> Dit besloot de gemeenteraad op 10 februari"): the page's headline announces the decisions below and is no
decision itself. The meeting is the day the lead names with its weekday ("heeft donderdagavond 12 november
ingestemd", "vergaderde dinsdagmiddag 3 maart"), the page's publication year completing it; a meeting a
decision is put off to ("aangehouden tot de raadsvergadering van 10 december") is not the meeting reported.
A sentence saying the council decided this earlier is still a decision sentence. All sentences are written
for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

BODY = (
    "De gemeenteraad van Testby vergaderde dinsdagavond 9 juni 2026 in het gemeentehuis.\n\n"
    "Sporthal Noord\nDe raad stelde het krediet voor de nieuwe sporthal met algemene stemmen vast.\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "Dit besloot de raad op 9 juni",
        "Dit besloot de gemeenteraad op dinsdag 9 juni 2026",
        "Home > Nieuws > Dit besloot de gemeenteraad op 9 juni",
        "Wat besloot de gemeenteraad?",
        "Dit besliste de raad tijdens de vergadering van 9 juni",
        "Wat besliste de raad op 9 juni?",
    ],
)
def test_the_headline_of_a_page_of_decisions_is_no_row(headline):
    rows = votes("Nieuws | Gemeente Testby\n\n" + headline + "\n\nGepubliceerd: 10 juni 2026\n\n" + BODY, "nl")
    assert [(r.meeting_date, r.outcome, r.unanimous) for r in rows] == [("2026-06-09", "adopted", True)]


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("De gemeenteraad heeft donderdagavond 12 november ingestemd met de bouw van een zwembad.", "2026-11-12"),
        ("De raad heeft maandagavond 9 november ingestemd met de bouw van een zwembad.", "2026-11-09"),
        ("De gemeenteraad heeft woensdagmiddag 11 november ingestemd met de bouw van een zwembad.", "2026-11-11"),
    ],
)
def test_the_weekday_of_the_lead_dates_the_meeting(lead, day):
    text = (
        "Raad kiest voor zwembad\nGepubliceerd: vrijdag 13 november 2026\n\n"
        + lead
        + "\n\nParkeergarage\nHet voorstel voor een parkeergarage is aangehouden tot de raadsvergadering van "
        + "10 december.\n"
    )
    rows = votes(text, "nl")
    assert [(r.meeting_date, r.outcome) for r in rows] == [(day, "adopted"), (day, "postponed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dat besloot de raad dinsdagavond met algemene stemmen.",
        "Dit besloot de raad dinsdagavond met 20 stemmen voor en 7 tegen.",
    ],
)
def test_a_sentence_saying_the_council_decided_it_is_no_headline(sentence):
    text = (
        "Nieuws | Gemeente Testby\nGepubliceerd: 10 juni 2026\n\n"
        "De gemeente legt een nieuw fietspad aan langs de Dorpsstraat. " + sentence + "\n"
    )
    assert len(votes(text, "nl")) == 1
