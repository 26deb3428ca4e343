"""Family (nb, nn): a member's proposal heading that says, after the mover and a comma, what the proposal
does ("Forslag fra Arne Kjos (Sp), tillegg til høringsuttalelsen:", "Framlegg frå Gunn Bakke (Sp), endring av
punkt 2:", "Tilleggsforslag fra Lise Moe (SV), nytt punkt 4:"): it is still the heading of that member's
proposal, so the vote on "Forslaget" is about the quoted text under it, moved by that member. Look-alikes: a
descriptor opening with a capital is no descriptor but more text, and the recommendation voted on after the
proposal keeps its own row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(language: str, text: str) -> list[tuple]:
    return [(r.subject, r.proposer, r.outcome) for r in votes(CASE[language] + text + "\n", language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nb",
            "Forslag fra Arne Kjos (Sp), tillegg til høringsuttalelsen:\n"
            "«Grue kommune ber om at riksveg 2 prioriteres i handlingsprogrammet.»\n"
            "Votering: Forslaget ble vedtatt med 5 mot 2 stemmer.",
            ("Grue kommune ber om at riksveg 2 prioriteres i handlingsprogrammet", "Arne Kjos", "adopted"),
        ),
        (
            "nn",
            "Framlegg frå Gunn Bakke (Sp), endring av punkt 2:\n«Kjøpesummen skal ikkje overstige kr 650 000.»\n"
            "Røysting: Framlegget fall med 2 mot 3 røyster.",
            ("Kjøpesummen skal ikkje overstige kr 650 000", "Gunn Bakke", "rejected"),
        ),
        (
            "nb",
            "Tilleggsforslag fra Lise Moe (SV), nytt punkt 4:\n«Kommunen søker om statlige midler til prosjektet.»\n"
            "Tilleggsforslaget ble enstemmig vedtatt.",
            ("Kommunen søker om statlige midler til prosjektet", "Lise Moe", "adopted"),
        ),
        (
            "nn",
            "Framlegg frå Ola Vik (H), nytt punkt:\n«Saka vert send over til kontrollutvalet.»\n"
            "Framlegget vart samrøystes vedteke.",
            ("Saka vert send over til kontrollutvalet", "Ola Vik", "adopted"),
        ),
        (
            "nb",
            "Endringsforslag fra Kari Lie (MDG), erstatter punkt 3:\n"
            "«Parkeringsnormen settes til 0,5 plass per bolig.»\n"
            "Endringsforslaget falt med 4 mot 31 stemmer.",
            ("Parkeringsnormen settes til 0,5 plass per bolig", "Kari Lie", "rejected"),
        ),
    ],
)
def test_a_heading_with_a_descriptor_names_the_members_proposal(language, text, expected):
    assert _rows(language, text)[0] == expected


def test_the_recommendation_voted_after_the_proposal_keeps_its_row():
    text = (
        "Forslag fra Arne Kjos (Sp), tillegg til punkt 1:\n«Riksveg 2 prioriteres.»\n"
        "Votering: Forslaget falt med 2 mot 5 stemmer.\nInnstillingen ble vedtatt med 5 mot 2 stemmer."
    )
    assert _rows("nb", text) == [
        ("Riksveg 2 prioriteres", "Arne Kjos", "rejected"),
        ("Innstillingen", None, "adopted"),
    ]


def test_a_capitalised_text_after_the_comma_is_no_descriptor():
    text = (
        "Forslag fra Arne Kjos (Sp), Bygdelista:\n«Riksveg 2 prioriteres.»\n"
        "Votering: Forslaget ble vedtatt med 5 mot 2 stemmer."
    )
    assert _rows("nb", text) == [("Budsjett 2024", None, "adopted")]
