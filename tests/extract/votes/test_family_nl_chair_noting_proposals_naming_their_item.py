"""The chair proposes to take the item's document for information and the council agrees ("Mijn voorstel is het
jaarverslag voor kennisgeving aan te nemen. Daartoe wordt besloten."): the noting is about the item, named by a
noun of its title ("het jaarverslag" under "Jaarverslag 2025 ...", "de brief" under "Raadsinformatiebrief ..."), so
the item's title is the subject, as a bare "Voor kennisgeving aangenomen." gives.

Look-alikes: a noun the title does not hold names another document and keeps the proposal's words; a proposal
deciding more than the noting ("... en geen zienswijze in te dienen") is adopted with its own words."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen van de openbare vergadering van de gemeenteraad van donderdag 4 juni 2026\n\n"


def _rows(text: str) -> list[tuple[str | None, str]]:
    return [(r.subject, r.outcome) for r in votes(HEAD + text, "nl")]


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        (
            "Jaarverslag 2025 Regio Rivierenland",
            "De VOORZITTER: Mijn voorstel is het jaarverslag voor kennisgeving aan te nemen.\nDaartoe wordt besloten.",
        ),
        (
            "Jaarrekening 2025 Veiligheidsregio Zuid",
            "De voorzitter stelt voor de jaarrekening voor kennisgeving aan te nemen. Aldus besloten.",
        ),
        (
            "Raadsinformatiebrief over de jeugdzorg",
            "De VOORZITTER: Ik stel u voor de brief voor kennisgeving aan te nemen. Daartoe wordt besloten.",
        ),
        (
            "Voortgangsrapportage woningbouw 2026",
            "De VOORZITTER: Ik stel voor de rapportage voor kennisgeving aan te nemen.\nDaartoe wordt besloten.",
        ),
        (
            "Begroting 2027 Omgevingsdienst",
            "De VOORZITTER: Ik stel voor de begroting voor kennisgeving aan te nemen.\n"
            "Dienovereenkomstig wordt besloten.",
        ),
    ],
)
def test_a_noting_proposal_naming_a_noun_of_the_title_notes_the_item(title, lines):
    assert _rows(f"Agendapunt 8. {title}\n{lines}\n") == [(title, "noted")]


def test_a_noun_the_title_does_not_hold_keeps_the_proposals_words():
    text = (
        "Agendapunt 8. Jaarstukken 2025 Regio Rivierenland\n"
        "De VOORZITTER: Ik stel voor de brief van de provincie voor kennisgeving aan te nemen.\n"
        "Daartoe wordt besloten.\n"
    )
    ((subject, outcome),) = _rows(text)
    assert outcome == "noted" and subject.startswith("de brief van de provincie")


def test_a_proposal_deciding_more_than_the_noting_keeps_its_words():
    text = (
        "Agendapunt 6. Kadernota 2027 Veiligheidsregio\n"
        "De VOORZITTER: Ik stel voor de kadernota voor kennisgeving aan te nemen en geen zienswijze in te dienen. "
        "Daartoe wordt besloten.\n"
    )
    ((subject, outcome),) = _rows(text)
    assert outcome == "adopted" and "zienswijze" in subject
