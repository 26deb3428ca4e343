"""Flemish and Dutch lists name an appointee with the party in brackets ('Kevin Mertens (N-VA) wordt aangeduid met 17
stemmen', 'Raadslid Els Peeters (CD&V) wordt verkozen tot voorzitter'), also under a secret-ballot label ('Geheime
stemming: ...'): a passive appointment, about the item, with the votes received. A bracket that is no party or an
appointment in another year is still no decision of this meeting."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst gemeenteraad\nZitting van maandag 22 juni 2026\n\n"
TITLE = "Aanduiding vertegenwoordiger algemene vergadering IGEAN"


def _rows(text: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome, r.votes_for) for r in votes(HEAD + text, "nl")]


@pytest.mark.parametrize(
    ("sentence", "votes_for"),
    [
        ("Kevin Mertens (N-VA) wordt aangeduid met 17 stemmen.", 17),
        (
            "Geheime stemming: Kevin Mertens (N-VA) wordt aangeduid met 17 stemmen; 10 stemmen gingen naar Ria Jacobs.",
            17,
        ),
        ("Raadslid Els Peeters (CD&V) wordt verkozen tot voorzitter van de raad met 20 stemmen.", 20),
        ("Schepen Tom Claes (Open VLD) wordt met 19 stemmen aangeduid als vertegenwoordiger.", 19),
        ("Mevrouw Ria Jacobs (Vlaams Belang) werd met 14 stemmen aangeduid als plaatsvervanger.", 14),
        ("De heer P. de Vries (VVD) is benoemd tot lid van de rekenkamercommissie.", None),
    ],
)
def test_an_appointee_named_with_the_party_is_appointed_about_the_item(sentence, votes_for):
    rows = _rows(f"Punt 8   {TITLE}\n         {sentence}\n")
    assert rows == [("8", TITLE, "adopted", votes_for)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kevin Mertens (N-VA) werd in 2019 aangeduid als vertegenwoordiger.",
        "Kevin Mertens (N-VA) zal in september aangeduid worden.",
        "Kevin Mertens (N-VA) stelt voor om Ria Jacobs aan te duiden.",
    ],
)
def test_an_appointment_not_made_at_this_meeting_gives_no_row(sentence):
    assert _rows(f"Punt 8   {TITLE}\n         {sentence}\n") == []
