"""Family: a news report of the council deciding on a weekday followed by its date (nl).

Flemish and Dutch news pages tell the meeting as a weekday and its date between the auxiliary and the participle:
"De gemeenteraad van Kampenhout heeft dinsdagavond 24 november 2026 beslist om ...", "heeft donderdag 19 november
ingestemd met ...". The report is the decision, its object the subject. A future meeting ("zal dinsdag 15 december
beslissen") or another body deciding ("Het college heeft maandag 23 november beslist") is no council decision.
All sentences are written for these tests (models/votes/nl.json fragment `news_when`).
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Kortemark.be  ›  Nieuws  ›  Bestuur\nGepubliceerd op woensdag 25 november 2026\n\n"
TAIL = "\n\nMeer nieuws\n"


@pytest.mark.parametrize(
    ("paragraph", "subject"),
    [
        (
            "De gemeenteraad van Kortemark heeft dinsdagavond 24 november 2026\nbeslist om de bibliotheek te verhuizen "
            "naar het oude stadhuis. De verhuis\nstart in het voorjaar.",
            "de bibliotheek te verhuizen naar het oude stadhuis",
        ),
        (
            "De gemeenteraad heeft maandag 23 november besloten om de verbroedering met Duderstadt te beëindigen.",
            "de verbroedering met Duderstadt te beëindigen",
        ),
        (
            "De raad van Kortemark heeft donderdagavond 19 november 2026 ingestemd met het nieuwe mobiliteitsplan.",
            "het nieuwe mobiliteitsplan",
        ),
        (
            "De gemeenteraad heeft woensdagavond 25 november een einde gemaakt aan de stedenband met Bad Soden.",
            "de stedenband met Bad Soden",
        ),
        (
            "De gemeenteraad van Zonnebeke heeft maandagavond 23 november 2026 ingestemd met het nieuwe reglement voor "
            "buurtfeesten.",
            "het nieuwe reglement voor buurtfeesten",
        ),
    ],
)
def test_a_council_deciding_on_a_dated_weekday_is_the_row(paragraph: str, subject: str) -> None:
    assert [(r.outcome, r.subject) for r in votes(HEAD + paragraph + TAIL, "nl")] == [("adopted", subject)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "De gemeenteraad zal dinsdag 15 december 2026 beslissen over de nieuwe bibliotheek.",
        "Het college heeft maandag 23 november beslist om de bibliotheek te verhuizen.",
    ],
)
def test_a_coming_meeting_or_another_body_is_no_row(paragraph: str) -> None:
    assert votes(HEAD + paragraph + TAIL, "nl") == []
