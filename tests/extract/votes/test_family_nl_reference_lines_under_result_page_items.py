"""On a vote-result page, a line under the item's title giving only the proposal's reference ("Raadsvoorstel
RV-2026-014", "Raadsvoorstel nr. 2026/031") names nothing voted on: the row's subject is the item's title."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.dataset.rows import VoteRow
from pipeline.extract.votes.extractor import extract

HEAD = "Gemeente Werkendam-Oost - Raadsinformatie\nStemmingsuitslagen gemeenteraad\nDatum: donderdag 14 mei 2026\n\n"


def votes(body: str) -> list[VoteRow]:
    return extract(document_from_text(HEAD + body, language="nl", municipality="Werkendam-Oost"))


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Agendapunt 4 - Vaststelling jaarstukken 2025\n  Raadsvoorstel 2026/031\n"
            "  Uitslag: aangenomen\n  Voor: 19   Tegen: 4\n",
            "Vaststelling jaarstukken 2025",
        ),
        (
            "Agendapunt 5 - Krediet vervanging brug Molenvliet\n  Raadsvoorstel nr. RV-26-044\n"
            "  Uitslag: aangenomen met algemene stemmen\n",
            "Krediet vervanging brug Molenvliet",
        ),
        (
            "Agendapunt 8 - Zienswijze begroting Omgevingsdienst 2027\n  Raadsvoorstel 26.118\n"
            "  Uitslag: verworpen\n  Voor: 10   Tegen: 13\n",
            "Zienswijze begroting Omgevingsdienst 2027",
        ),
        (
            "Agendapunt 9 - Grondexploitatie Hoeve Zuid\n  Raadsvoorstel RIS 2026-0412\n"
            "  Uitslag: aangenomen\n  Voor: 16   Tegen: 3\n",
            "Grondexploitatie Hoeve Zuid",
        ),
        (
            "Agendapunt 10 - Verordening precariobelasting 2027\n  Raadsvoorstel 2026-77\n"
            "  Uitslag: aangenomen\n  Voor: 21   Tegen: 2\n",
            "Verordening precariobelasting 2027",
        ),
    ],
)
def test_reference_line_leaves_the_title(body: str, subject: str) -> None:
    rows = votes(body)
    assert [r.subject for r in rows] == [subject], rows


def test_proposal_line_naming_its_matter_is_the_subject() -> None:
    rows = votes(
        "Agendapunt 6 - Centrumplan\n  Raadsvoorstel herinrichting Markt 2026-2028\n"
        "  Uitslag: aangenomen\n  Voor: 20   Tegen: 3\n"
    )
    assert [r.subject for r in rows] == ["Raadsvoorstel herinrichting Markt 2026-2028"], rows
