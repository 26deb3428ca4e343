"""Family: the chair proposes to take a document of the item for information and the council consents (nl):
"Ik stel voor het jaarverslag voor kennisgeving aan te nemen. (Instemming) Aldus besloten." / "Het voorstel is om
de brief voor kennisgeving aan te nemen. Geen bezwaar? Dan is aldus besloten." The put names the document only by a
generic noun ("het jaarverslag", "de brief"), so the row is noted and about the agenda point, its title the subject.
A put that names its own object ("de aanbevelingen van de rekenkamer over te nemen") keeps that object, and a put
nobody agreed to is no decision. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen van de openbare vergadering van de gemeenteraad\n\nvergadering van dinsdag 3 maart 2026\n\n"
ITEM = "Agendapunt 9. Jaarverslag Rekenkamercommissie 2025\n\n"
TITLE = "Jaarverslag Rekenkamercommissie 2025"


@pytest.mark.parametrize(
    "turn",
    [
        "De VOORZITTER: Ik stel voor het jaarverslag voor kennisgeving aan te\nnemen. (Instemming) Aldus besloten.",
        "De VOORZITTER: Het voorstel is om het jaarverslag voor kennisgeving aan te nemen.\n"
        "Geen bezwaar? Dan is aldus besloten.",
        "De VOORZITTER: Ik stel voor het verslag voor kennisgeving aan te nemen. (Instemming.)",
        "De VOORZITTER: Ik stel u voor de brief ter kennisgeving aan te nemen. (Instemming)",
        "De voorzitter: Ik stel voor om dit rapport voor kennisgeving aan te nemen. Aldus besloten.",
        "De VOORZITTER: Ik stel voor de notitie voor kennisgeving aan te nemen. (Instemming.)",
    ],
)
def test_noting_a_generic_document_by_consent_is_about_the_item(turn: str) -> None:
    (row,) = votes(HEAD + ITEM + turn + "\n", "nl")
    assert (row.case_number, row.subject, row.outcome) == ("9", TITLE, "noted")


def test_a_put_naming_its_own_object_keeps_it() -> None:
    turn = "De VOORZITTER: Ik stel voor de aanbevelingen van de rekenkamer over te nemen. (Instemming.)\n"
    (row,) = votes(HEAD + ITEM + turn, "nl")
    assert row.outcome == "adopted" and "aanbevelingen" in (row.subject or "")


def test_a_put_nobody_agreed_to_is_no_decision() -> None:
    turn = (
        "De VOORZITTER: Ik stel voor het jaarverslag voor kennisgeving aan te nemen.\n\n"
        "De heer Bos (VVD): Wij willen eerst een debat.\n"
    )
    assert votes(HEAD + ITEM + turn, "nl") == []
