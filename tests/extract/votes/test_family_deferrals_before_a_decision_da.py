"""A Danish decision that holds the case until something is known ("Administrationen undersøger økonomien
nærmere, før udvalget tager stilling.", "Kommunalbestyrelsen ønsker en nærmere beskrivelse ..., før der træffes
beslutning.") decides nothing yet: the case is postponed, and the row is about the case title, as for "Sagen
udsættes" (models/votes/da.json `block_outcomes` postponed; gold postponed in heldout14 and heldout16, where
no 'Udsat' stands beside the phrase as it does in other read sets). Look-alikes: an approval with a 'før'
clause naming no decision still adopts; a background sentence with the phrase gives no row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

TITLE = "Henvendelse fra Nordby Golfklub om anlægstilskud"
HEAD = f"Økonomiudvalget\nMødedato: 11. juni 2026\n\n62. {TITLE}\nSagsnr. 26/1611\n\n"


def _rows(body: str) -> list[tuple[str | None, str]]:
    return [(r.subject, r.outcome) for r in votes(HEAD + body, "da")]


@pytest.mark.parametrize(
    "decision",
    [
        "Administrationen undersøger økonomien i projektet nærmere, før\nudvalget tager stilling.",
        "Udvalget ønsker en nærmere beskrivelse af projektets økonomi, før der træffes beslutning.",
        "Udvalget ønsker et notat om driftsudgifterne, før der træffes endelig beslutning.",
        "Forvaltningen indhenter en vurdering fra klubbens revisor, inden udvalget tager stilling.",
        "Økonomiudvalget beder om en opdateret tidsplan, før udvalget træffer beslutning.",
        "Kommunalbestyrelsen ønsker klubbens regnskab forelagt, inden der tages stilling.",
    ],
)
def test_a_decision_held_until_more_is_known_postpones_the_case(decision):
    assert _rows("Beslutning\n" + decision + "\n") == [(TITLE, "postponed")]


@pytest.mark.parametrize(
    "decision",
    [
        "Godkendt. Anlægget skal stå færdigt, før sæsonen begynder.",
        "Godkendt, idet udvalget ønsker en status, før byggeriet går i gang.",
    ],
)
def test_an_approval_with_a_before_clause_of_no_decision_stays_adopted(decision):
    assert [outcome for _, outcome in _rows("Beslutning\n" + decision + "\n")] == ["adopted"]


def test_the_phrase_in_the_case_background_gives_no_row():
    text = (
        "Sagsfremstilling\nKlubben har søgt om 1,2 mio. kr. Administrationen vil undersøge økonomien, før "
        "udvalget tager stilling på et senere møde.\n"
    )
    assert _rows(text) == []
